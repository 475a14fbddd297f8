import {
  addDays,
  istDateOf,
  latestCompletedSession,
  sessionClose,
  sessionSegments,
  tradingDaysBetween,
  weekdayOf,
  type IstDate
} from '../calendar/index.js';

const INTRADAY_SECONDS: Record<string, number> = {
  '1s': 1,
  '5s': 5,
  '10s': 10,
  '15s': 15,
  '30s': 30,
  '45s': 45,
  '1m': 60,
  '2m': 120,
  '3m': 180,
  '5m': 300,
  '10m': 600,
  '15m': 900,
  '20m': 1200,
  '30m': 1800,
  '1h': 3600,
  '2h': 7200,
  '3h': 10800,
  '4h': 14400
};

/** The last date of the period a W/M/Q/Y bar stamped on `date` covers. */
function periodEnd(date: IstDate, interval: string): IstDate {
  if (interval === 'W') return addDays(date, 6 - ((weekdayOf(date) + 6) % 7));
  const [year, month] = date.split('-').map(Number);
  const endMonth = interval === 'M' ? month : interval === 'Q' ? Math.ceil(month / 3) * 3 : 12;
  return new Date(Date.UTC(year, endMonth, 0)).toISOString().slice(0, 10) as IstDate;
}

/**
 * Whether a bar stamped `time` (epoch s) could no longer change at `at` (epoch ms): its period had
 * ended. A daily bar is final once its session closes; a weekly bar once the week's last session does.
 * @example isBarFinal(Date.parse('2025-12-19T00:00:00+05:30') / 1000, 'D', Date.parse('2025-12-19T16:00:00+05:30')) // true
 */
export function isBarFinal(time: number, interval: string, at: number): boolean {
  const date = istDateOf(time * 1000);
  const seconds = INTRADAY_SECONDS[interval];
  if (seconds !== undefined) {
    const close = sessionClose(date);
    return (time + seconds) * 1000 <= at || (close !== null && close <= at);
  }
  const lastDay = interval === 'D' ? date : periodEnd(date, interval);
  const sessions = tradingDaysBetween(date, lastDay);
  const close = sessions.length > 0 ? sessionClose(sessions[sessions.length - 1]) : null;
  return close !== null ? close <= at : istDateOf(at) > lastDay;
}

/**
 * Whether data fetched at `fetchedAt` still answers a request ending on `endDate` at `now`: no
 * session has started since that the fetch could not have seen complete. A fetch made during a
 * session stays good for `formingMaxAgeMs` while that session lasts (the forming bar).
 * @example isFetchStillFresh(fetchedAt, '2025-12-19' as IstDate, Date.now(), 60_000)
 */
export function isFetchStillFresh(fetchedAt: number, endDate: IstDate, now: number, formingMaxAgeMs: number): boolean {
  const finalThrough = latestCompletedSession(new Date(fetchedAt));
  const started = tradingDaysBetween(addDays(finalThrough, 1), endDate).filter(
    (day) => sessionSegments(day)[0].start <= now
  );
  if (started.length === 0) return true;
  if (started.length > 1) return false;
  const { start } = sessionSegments(started[0])[0];
  const close = sessionClose(started[0]) as number;
  return start <= fetchedAt && now < close && now - fetchedAt < formingMaxAgeMs;
}
