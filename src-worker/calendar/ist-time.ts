/** A calendar date in India, `YYYY-MM-DD`. Branded so it is never mixed up with other strings. */
export type IstDate = string & { readonly __brand: 'IstDate' };

/** India keeps UTC+05:30 all year (no daylight saving), so a fixed offset is exact. */
export const IST_OFFSET_MS = 5.5 * 3600 * 1000;
const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Checks and brands a `YYYY-MM-DD` string; returns null for anything else (including `2025-02-30`).
 * @example toIstDate('2025-04-01') // '2025-04-01'
 */
export function toIstDate(text: string): IstDate | null {
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(ms).toISOString().slice(0, 10) === text ? (text as IstDate) : null;
}

/**
 * The IST calendar date at an instant.
 * @example istDateOf(Date.parse('2025-04-01T20:00:00Z')) // '2025-04-02'
 */
export function istDateOf(epochMs: number): IstDate {
  return new Date(epochMs + IST_OFFSET_MS).toISOString().slice(0, 10) as IstDate;
}

/**
 * The instant of an IST wall-clock time (`HH:MM`) on a date, in epoch milliseconds.
 * @example istEpochMs('2025-12-19' as IstDate, '09:15') // 1766115900000
 */
export function istEpochMs(date: IstDate, time = '00:00'): number {
  const [hours, minutes] = time.split(':').map(Number);
  return Date.parse(`${date}T00:00:00Z`) - IST_OFFSET_MS + (hours * 60 + minutes) * 60_000;
}

/**
 * The date `days` days after (or before, when negative) `date`.
 * @example addDays('2025-03-31' as IstDate, 1) // '2025-04-01'
 */
export function addDays(date: IstDate, days: number): IstDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10) as IstDate;
}

/**
 * Day of the week, 0 = Sunday … 6 = Saturday.
 * @example weekdayOf('2025-04-01' as IstDate) // 2 (Tuesday)
 */
export function weekdayOf(date: IstDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}
