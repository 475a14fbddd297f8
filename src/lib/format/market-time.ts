/**
 * Market dates and times as NSE reads them: Asia/Kolkata, whatever time zone the browser is in.
 * One date shape (`2026-12-04`) and one time shape (`09:15 IST`) across the app.
 */
const IST = 'Asia/Kolkata';
const istDate = new Intl.DateTimeFormat('en-CA', { timeZone: IST, year: 'numeric', month: '2-digit', day: '2-digit' });
const istClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: IST,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23'
});

/**
 * The NSE calendar date of an instant.
 * @example formatMarketDate(Date.parse('2026-12-04T00:00:00+05:30')) // '2026-12-04'
 */
export const formatMarketDate = (epochMs: number) => istDate.format(epochMs);

/** The IST wall-clock time of an instant, without the zone: `09:15`. */
export const marketClock = (epochMs: number) => istClock.format(epochMs);

/**
 * The IST time of an instant, marked as such.
 * @example formatMarketTime(Date.parse('2026-12-04T09:15:00+05:30')) // '09:15 IST'
 */
export const formatMarketTime = (epochMs: number) => `${marketClock(epochMs)} IST`;

/**
 * The IST date and time of an instant; `missing` when there is none.
 * @example formatMarketDateTime(Date.parse('2026-12-04T09:15:00+05:30')) // '2026-12-04 09:15 IST'
 */
export const formatMarketDateTime = (epochMs: number | null, missing = '—') =>
  epochMs === null ? missing : `${formatMarketDate(epochMs)} ${formatMarketTime(epochMs)}`;

/**
 * A bar's time as traders read it: the date alone for a daily bar (it starts at midnight IST),
 * date and IST time for an intraday bar.
 * @example formatBarTime(Date.parse('2026-01-01T09:15:00+05:30') / 1000) // '2026-01-01 09:15 IST'
 */
export function formatBarTime(epochSeconds: number | null): string {
  if (epochSeconds === null) return '';
  const ms = epochSeconds * 1000;
  return marketClock(ms) === '00:00' ? formatMarketDate(ms) : formatMarketDateTime(ms);
}

/**
 * A bar's time for a file a program will read: `YYYY-MM-DD` for a daily bar, `YYYY-MM-DD HH:mm` (IST) otherwise.
 * @example barTimeValue(Date.parse('2026-01-01T09:15:00+05:30') / 1000) // '2026-01-01 09:15'
 */
export function barTimeValue(epochSeconds: number | null): string {
  if (epochSeconds === null) return '';
  const ms = epochSeconds * 1000;
  const clock = marketClock(ms);
  return clock === '00:00' ? formatMarketDate(ms) : `${formatMarketDate(ms)} ${clock}`;
}

/** Epoch ms at the start (midnight IST) of the NSE day an instant falls on. */
export const marketDayStart = (epochMs: number) => Date.parse(`${formatMarketDate(epochMs)}T00:00:00+05:30`);
