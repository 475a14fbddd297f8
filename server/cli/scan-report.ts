import { IST_OFFSET_MS, istDateOf } from '../../src-worker/calendar/ist-time.js';
import type { ScanRow, ScanStats } from '../../src-worker/pool/scan-types.js';

/** A symbol that produced no row: its file failed to load or the scanner failed on it. */
export interface ReportError {
  symbol: string;
  message: string;
  /** The scanner line it failed on; null when the failure is not in the scanner (e.g. a bad CSV). */
  line: number | null;
}

/** Everything a finished CLI scan prints, whatever the format. */
export interface ScanReport {
  results: ScanRow[];
  errors: ReportError[];
  stats: ScanStats;
  /** AddColumn formats by column name (e.g. "1.2" for two decimals). */
  columnFormats: Record<string, string>;
  interval: string;
}

const BAR_DATE_INTERVALS = new Set(['D', 'W', 'M']);

/**
 * A bar time as ISO 8601 in India's time zone (every OpenAlgo exchange is Indian):
 * the date alone for daily and longer bars, whose times are midnight IST.
 * @example formatBarTime(1759170600, 'D') // '2025-09-30'
 */
export function formatBarTime(seconds: number | null, interval: string): string {
  if (seconds === null) return '';
  if (BAR_DATE_INTERVALS.has(interval)) return istDateOf(seconds * 1000);
  return `${new Date(seconds * 1000 + IST_OFFSET_MS).toISOString().slice(0, 19)}+05:30`;
}

/** The metric columns of all rows, in the order they first appear. */
export function columnNames(rows: readonly ScanRow[]): string[] {
  const names = new Set<string>();
  for (const row of rows) for (const name of Object.keys(row.columns)) names.add(name);
  return [...names];
}

/** The `--format json` document: exactly results, errors and stats. */
export function formatJson({ results, errors, stats }: ScanReport): string {
  return `${JSON.stringify({ results, errors, stats }, null, 2)}\n`;
}
