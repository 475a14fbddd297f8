import { IST_OFFSET_MS } from '../../src-worker/calendar/ist-time.js';
import type { Cell } from '../../src-worker/sandbox/outcome.js';

/**
 * Text a spreadsheet would run as a formula (or a DDE command): = + - @, also after leading
 * whitespace (spreadsheets trim it) and in their full-width forms ＝ ＋ － ＠, which some read as ASCII.
 */
const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;

/** AmiBroker's AddColumn default: two decimals. */
const DEFAULT_DECIMALS = 2;

/**
 * A number as its AddColumn `format` shows it in the app: `W.D` gives D decimals (`1.2` → 2,
 * `1.0` → none), no or an unknown format two; `formatDateTime` is epoch seconds as an IST date and
 * time, `formatChar` a character code, `percent` two decimals and a % sign.
 * @example formatNumber(34.77727385651553, '1.2') // '34.78'
 */
export function formatNumber(value: number, format: string | undefined): string {
  const named = format?.trim().toLowerCase();
  if (named === 'formatdatetime' || named === 'datetime') {
    const ist = new Date(value * 1000 + IST_OFFSET_MS).toISOString();
    return `${ist.slice(0, 10)} ${ist.slice(11, 16)} IST`;
  }
  if (named === 'formatchar' || named === 'char') return String.fromCharCode(value);
  if (named === 'percent' || named === '%') return `${value.toFixed(DEFAULT_DECIMALS)}%`;
  const decimals = format?.trim().match(/^\d*(?:\.(\d{1,2}))?$/);
  return value.toFixed(!decimals || format?.trim() === '' ? DEFAULT_DECIMALS : Math.min(Number(decimals[1] ?? 0), 20));
}

/**
 * One CSV field (RFC 4180): text a spreadsheet would take for a formula gets a leading `'`;
 * a field with a comma, quote or line break is quoted, quotes doubled. A number is written as
 * `format` shows it, or with every digit when `format` is null; a negative number is data, not a formula.
 * @example csvField('  =HYPERLINK("x")') // '"\'  =HYPERLINK(""x"")"'
 * @example csvField(34.77727, '1.2') // '34.78'
 */
export function csvField(cell: Cell | undefined, format: string | undefined | null = null): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return format === null ? String(cell) : formatNumber(cell, format);
  if (typeof cell !== 'string') return String(cell);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
