import type { ScanRow } from '$engine/pool/scan-types';
import type { Cell } from '$engine/sandbox/outcome';
import { barTimeValue, formatMarketDate } from '$lib/format';
import { columnNames } from './result-columns';

/** Rows as every export writes them: a header, then one line per row with the raw column values. */
export interface ExportTable {
  headers: string[];
  lines: Cell[][];
}

/** The fixed columns every export starts with. */
export const FIXED_HEADERS = ['Symbol', 'Exchange', 'Signal', 'Date'] as const;

/**
 * Flattens rows for export; column values stay unformatted so nothing is lost to rounding.
 * @example exportTable(run.rows).headers // ['Symbol', 'Exchange', 'Signal', 'Date', 'Close', 'RSI']
 */
export function exportTable(rows: ScanRow[]): ExportTable {
  const names = columnNames(rows);
  return {
    headers: [...FIXED_HEADERS, ...names],
    lines: rows.map((row) => [
      row.symbol,
      row.exchange,
      row.signal,
      barTimeValue(row.barTime),
      ...names.map((name) => row.columns[name] ?? null)
    ])
  };
}

/**
 * `<scanner>-<date>.<extension>`, the scanner's name made safe for a file name, the date in IST.
 * @example exportFileName('EMA trend / RSI', Date.parse('2026-03-02T10:00:00+05:30'), 'csv') // 'ema-trend-rsi-2026-03-02.csv'
 */
export function exportFileName(scannerName: string, startedAt: number, extension: 'csv' | 'json' | 'xlsx'): string {
  const slug =
    scannerName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'scan';
  return `${slug}-${formatMarketDate(startedAt)}.${extension}`;
}
