import { IST_OFFSET_MS } from '../../src-worker/calendar/ist-time.js';
import { csvField } from '../../src-worker/export/csv-field.js';
import type { Run, RunError, RunResult } from '../store/index.js';

export interface RunCsvOptions {
  /** AddColumn formats by column name; a column without one shows two decimals, as in the app. */
  columnFormats?: Record<string, string>;
  /** Every number with all its digits instead of as its AddColumn format shows it. */
  fullPrecision?: boolean;
}

/** A bar time as ISO 8601 in India's time zone, the market's own clock. @example istIso(1735669800) // '2025-01-01T00:00:00+05:30' */
const istIso = (seconds: number) => `${new Date(seconds * 1000 + IST_OFFSET_MS).toISOString().slice(0, 19)}+05:30`;

/**
 * A run's results as CSV: symbol, exchange, signal, barTime (ISO, IST), then one column per metric,
 * numbers as their AddColumn format shows them unless `fullPrecision`.
 * @example runResultsCsv(results) // 'symbol,exchange,signal,barTime,rsi\r\nINFY,NSE,BUY,2025-01-01T00:00:00+05:30,61.20\r\n'
 */
export function runResultsCsv(
  results: RunResult[],
  { columnFormats = {}, fullPrecision = false }: RunCsvOptions = {}
): string {
  const metrics = [...new Set(results.flatMap((r) => Object.keys(r.columns)))];
  const formats = metrics.map((name) => (fullPrecision ? null : (columnFormats[name] ?? '')));
  const lines = [['symbol', 'exchange', 'signal', 'barTime', ...metrics].map((header) => csvField(header)).join(',')];
  for (const r of results) {
    const fixed = [r.symbol, r.exchange, r.signal, r.barTime === null ? null : istIso(r.barTime)].map((cell) =>
      csvField(cell)
    );
    lines.push([...fixed, ...metrics.map((m, i) => csvField(r.columns[m], formats[i]))].join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The JSON export: the run, every result and every error. */
export const runExportJson = (run: Run, results: RunResult[], errors: RunError[]) => ({ run, results, errors });
