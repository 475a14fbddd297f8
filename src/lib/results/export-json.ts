import type { ScanRow } from '$engine/pool/scan-types';
import { barTimeValue } from '$lib/format';

/** What a JSON export holds: the run it came from and its rows, each with its IST bar date. */
export interface JsonExport {
  scanner: string;
  runId: string;
  startedAt: string;
  rows: (ScanRow & { date: string })[];
}

/**
 * Rows as pretty-printed JSON; unlike CSV it keeps types (numbers, booleans, null) and the bar's epoch time.
 * @example rowsToJson(run.rows, { scanner: run.scannerName, runId: run.id, startedAt: run.startedAt })
 */
export function rowsToJson(rows: ScanRow[], run: { scanner: string; runId: string; startedAt: number }): string {
  const body: JsonExport = {
    scanner: run.scanner,
    runId: run.runId,
    startedAt: new Date(run.startedAt).toISOString(),
    rows: rows.map((row) => ({
      symbol: row.symbol,
      exchange: row.exchange,
      signal: row.signal,
      barTime: row.barTime,
      date: barTimeValue(row.barTime),
      columns: row.columns
    }))
  };
  return JSON.stringify(body, null, 2);
}
