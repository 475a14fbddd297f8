import type { ScanRow } from '$engine/pool/scan-types';
import type { Cell } from '$engine/sandbox/outcome';
import { exportTable } from './export-table';

/** Text a spreadsheet would run as a formula (or a DDE command): = + - @, tab, carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field (RFC 4180): text that a spreadsheet would take for a formula gets a leading `'`;
 * fields with a comma, quote or line break are quoted, quotes doubled. Numbers are written as they
 * are (a negative number is data, not a formula).
 * @example csvField('=HYPERLINK("x")') // '"\'=HYPERLINK(""x"")"'
 */
export function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell !== 'string') return String(cell);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Rows as CSV: a header line, CRLF line ends (RFC 4180), raw column values.
 * @example const csv = rowsToCsv(run.rows)
 */
export function rowsToCsv(rows: ScanRow[]): string {
  const { headers, lines } = exportTable(rows);
  return [headers, ...lines].map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n';
}
