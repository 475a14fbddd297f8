import type { Cell } from '$engine/sandbox/outcome';
import { formatMarketDateTime } from '$lib/format';

/** AmiBroker's AddColumn default: two decimals. */
const DEFAULT_DECIMALS = 2;

/**
 * A cell as AmiBroker's AddColumn `format` shows it. `W.D` gives D decimals (the width W only padded
 * fixed-width text, so a table ignores it): `1.2` → 2 decimals, `1.0` or `1` → none, `8.3` → 3.
 * Also `formatDateTime` (a number is epoch seconds → IST date and time), `formatChar` (a number is a
 * character code), `percent` (value × 1 with a % sign, as AmiBroker users write it). Null (NaN in the
 * scanner) is blank; text and booleans show as they are.
 * @example formatCell(1234.5678, '1.2') // '1234.57'
 */
export function formatCell(value: Cell, format: string | undefined): string {
  if (value === null) return '';
  if (typeof value !== 'number') return String(value);
  const named = format?.trim().toLowerCase();
  if (named === 'formatdatetime' || named === 'datetime') return formatMarketDateTime(value * 1000);
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
