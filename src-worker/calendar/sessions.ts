import { istDateOf, istEpochMs, type IstDate } from './ist-time.js';
import { NSE_SPECIAL_SESSIONS } from './nse-holidays.js';
import { isTradingDay, previousTradingDay } from './trading-days.js';

/** One stretch of continuous trading, in epoch milliseconds. */
export interface SessionSegment {
  start: number;
  end: number;
}

export const REGULAR_SESSION = { start: '09:15', end: '15:30' } as const;

const specialSegments = new Map(NSE_SPECIAL_SESSIONS.map((session) => [session.date, session.segments]));

/**
 * The trading segments of `date` (usually one, 09:15–15:30 IST); empty when NSE is closed.
 * @example sessionSegments('2025-12-19' as IstDate) // [{ start: 1766115900000, end: 1766138400000 }]
 */
export function sessionSegments(date: IstDate): SessionSegment[] {
  if (!isTradingDay(date)) return [];
  const segments = specialSegments.get(date) ?? [[REGULAR_SESSION.start, REGULAR_SESSION.end]];
  return segments.map(([start, end]) => ({ start: istEpochMs(date, start), end: istEpochMs(date, end) }));
}

/**
 * When trading on `date` ends (epoch ms), or null on a closed day.
 * @example sessionClose('2025-12-19' as IstDate) // 1766138400000 (15:30 IST)
 */
export function sessionClose(date: IstDate): number | null {
  const segments = sessionSegments(date);
  return segments.length === 0 ? null : segments[segments.length - 1].end;
}

/**
 * The latest trading day whose session had ended by `now`: its daily bar is final.
 * @example latestCompletedSession(new Date('2025-12-19T08:00:00Z')) // '2025-12-18' (13:30 IST, still trading)
 */
export function latestCompletedSession(now: Date): IstDate {
  const today = istDateOf(now.getTime());
  const close = sessionClose(today);
  return close !== null && close <= now.getTime() ? today : previousTradingDay(today);
}

/**
 * The latest trading day whose session had begun by `now`, and whether it has ended.
 * During market hours this is today, with `complete: false` (its bar is still forming).
 * @example latestStartedSession(new Date('2025-12-19T08:00:00Z')) // { date: '2025-12-19', complete: false }
 */
export function latestStartedSession(now: Date): { date: IstDate; complete: boolean } {
  const today = istDateOf(now.getTime());
  const segments = sessionSegments(today);
  if (segments.length > 0 && segments[0].start <= now.getTime()) {
    return { date: today, complete: segments[segments.length - 1].end <= now.getTime() };
  }
  return { date: previousTradingDay(today), complete: true };
}

/** The exchanges whose equity and derivatives sessions follow the NSE calendar. */
export const NSE_CALENDAR_EXCHANGES = ['NSE', 'BSE', 'NFO', 'BFO'] as const;

export interface ExchangeTiming {
  exchange: (typeof NSE_CALENDAR_EXCHANGES)[number];
  start_time: number;
  end_time: number;
}

/**
 * Trading hours on `date` shaped like OpenAlgo's market/timings `data` (epoch ms; empty on holidays).
 * @example marketTimings('2025-12-19' as IstDate)[0] // { exchange: 'NSE', start_time: 1766115900000, end_time: 1766138400000 }
 */
export function marketTimings(date: IstDate): ExchangeTiming[] {
  const segments = sessionSegments(date);
  return NSE_CALENDAR_EXCHANGES.flatMap((exchange) =>
    segments.map((segment) => ({ exchange, start_time: segment.start, end_time: segment.end }))
  );
}
