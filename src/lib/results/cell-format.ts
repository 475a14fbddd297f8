import type { Cell } from '$engine/sandbox/outcome';

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
  if (named === 'formatdatetime' || named === 'datetime') return formatIstDateTime(value);
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

const istDateTime = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Kolkata',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23'
});
const istDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Epoch seconds as an IST `YYYY-MM-DD HH:mm`. */
export const formatIstDateTime = (epochSeconds: number) => istDateTime.format(epochSeconds * 1000).replace(',', '');

/**
 * A bar time as traders read it: the IST date for a daily bar (midnight IST), date and time otherwise.
 * @example formatBarTime(1767205800) // '2026-01-01'
 */
export function formatBarTime(epochSeconds: number | null): string {
  if (epochSeconds === null) return '';
  const dateTime = formatIstDateTime(epochSeconds);
  return dateTime.endsWith(' 00:00') ? dateTime.slice(0, 10) : dateTime;
}

/** Epoch ms as an IST `YYYY-MM-DD`, for file names. */
export const formatIstDate = (epochMs: number) => istDate.format(epochMs);
