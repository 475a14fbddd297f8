import type { ScanRow } from '$engine/pool/scan-types';
import type { Cell } from '$engine/sandbox/outcome';
import { formatCell } from './cell-format';
import { FIXED_HEADERS, exportTable } from './export-table';

/**
 * Text a spreadsheet would run as a formula (or a DDE command): = + - @, also after leading
 * whitespace (spreadsheets trim it) and in their full-width forms ＝ ＋ － ＠, which some read as ASCII.
 */
const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;

export interface CsvOptions {
  /** AddColumn formats by column name: numbers are written as the results table shows them. */
  columnFormats?: Record<string, string>;
  /** Write every number with all its digits instead of as its format shows it. */
  fullPrecision?: boolean;
}

/**
 * One CSV field (RFC 4180): text that a spreadsheet would take for a formula gets a leading `'`;
 * fields with a comma, quote or line break are quoted, quotes doubled. Numbers are written as
 * `format` shows them (every digit when `format` is null); a negative number is data, not a formula.
 * @example csvField('=HYPERLINK("x")') // '"\'=HYPERLINK(""x"")"'
 * @example csvField(34.77727, '1.2') // '34.78'
 */
export function csvField(cell: Cell, format: string | null = null): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return format === null ? String(cell) : formatCell(cell, format);
  if (typeof cell !== 'string') return String(cell);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Rows as CSV: a header line, CRLF line ends (RFC 4180), numbers as their AddColumn format shows
 * them unless `fullPrecision`.
 * @example const csv = rowsToCsv(run.rows, { columnFormats: run.columnFormats })
 */
export function rowsToCsv(rows: ScanRow[], options: CsvOptions = {}): string {
  const { headers, lines } = exportTable(rows);
  const formats = headers.map((header, i) => (i < FIXED_HEADERS.length || options.fullPrecision ? null : (options.columnFormats?.[header] ?? '')));
  return [headers.map((header) => csvField(header)), ...lines.map((line) => line.map((cell, i) => csvField(cell, formats[i])))]
    .map((line) => line.join(','))
    .join('\r\n') + '\r\n';
}
