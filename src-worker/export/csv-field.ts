import type { Cell } from '../sandbox/outcome.js';
import { formatCell } from './cell-format.js';

/**
 * Text a spreadsheet would run as a formula (or a DDE command): = + - @, also after leading
 * whitespace (spreadsheets trim it) and in their full-width forms ＝ ＋ － ＠, which some read as ASCII.
 */
const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;

/**
 * One CSV field (RFC 4180), for every CSV FluxScan writes (the app's export, the server's run
 * export, the CLI): text a spreadsheet would take for a formula gets a leading `'`; a field with a
 * comma, quote or line break is quoted, quotes doubled. A number is written as its AddColumn
 * `format` shows it (see formatCell), or with every digit when `format` is null; a negative
 * number is data, not a formula.
 * @example csvField('  =HYPERLINK("x")') // '"\'  =HYPERLINK(""x"")"'
 * @example csvField(34.77727, '1.2') // '34.78'
 */
export function csvField(cell: Cell | undefined, format: string | undefined | null = null): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return format === null ? String(cell) : formatCell(cell, format);
  if (typeof cell !== 'string') return String(cell);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
