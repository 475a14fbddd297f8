import { IST_OFFSET_MS } from '../calendar/ist-time.js';
import type { Cell } from '../sandbox/outcome.js';

/** AmiBroker's AddColumn default: two decimals. */
const DEFAULT_DECIMALS = 2;

/** Epoch seconds as NSE's date and time: `2026-12-04 09:15 IST`. */
function istDateTime(epochSeconds: number): string {
  const ist = new Date(epochSeconds * 1000 + IST_OFFSET_MS).toISOString();
  return `${ist.slice(0, 10)} ${ist.slice(11, 16)} IST`;
}

/**
 * A cell as AmiBroker's AddColumn `format` shows it, in the app's results, its exports and the
 * server's. `W.D` gives D decimals (the width W only padded fixed-width text, so a table ignores
 * it): `1.2` → 2 decimals, `1.0` or `1` → none, `8.3` → 3. Also `formatDateTime` (a number is epoch
 * seconds → IST date and time), `formatChar` (a number is a character code), `percent` (value × 1
 * with a % sign, as AmiBroker users write it). Null (NaN in the scanner) is blank; text and booleans
 * show as they are.
 * @example formatCell(1234.5678, '1.2') // '1234.57'
 */
export function formatCell(value: Cell, format: string | undefined): string {
  if (value === null) return '';
  if (typeof value !== 'number') return String(value);
  const named = format?.trim().toLowerCase();
  if (named === 'formatdatetime' || named === 'datetime') return istDateTime(value);
  if (named === 'formatchar' || named === 'char') return String.fromCharCode(value);
  if (named === 'percent' || named === '%') return `${value.toFixed(DEFAULT_DECIMALS)}%`;
  return value.toFixed(formatDecimals(format));
}

/** The decimals a numeric format asks for; two when there is none or it is not numeric. */
export function formatDecimals(format: string | undefined): number {
  const match = format?.trim().match(/^\d*(?:\.(\d{1,2}))?$/);
  if (!match || format?.trim() === '') return DEFAULT_DECIMALS;
  return Math.min(Number(match[1] ?? 0), 20);
}
