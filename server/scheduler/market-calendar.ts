import {
  addDays,
  istDateOf,
  sessionSegments,
  weekdayOf,
  type IstDate,
  type SessionSegment
} from '../../src-worker/calendar/index.js';
import type { Logger } from '../http/logger.js';
import type { OpenAlgoClient } from '../openalgo/index.js';

/** NSE trading sessions, for "market hours only" schedules. */
export interface MarketCalendar {
  /** The NSE segments of an IST date (usually 09:15–15:30); empty when the market is closed. */
  sessionsOn(date: IstDate): Promise<SessionSegment[]>;
  /**
   * The session containing `instant`, else the first one starting after it within `horizonDays`;
   * null when there is none in that window.
   */
  sessionFrom(instant: number, horizonDays: number): Promise<SessionSegment | null>;
}

export interface MarketCalendarOptions {
  client: Pick<OpenAlgoClient, 'holidays' | 'timings'>;
  logger?: Pick<Logger, 'warn'>;
  now?: () => number;
  /** After OpenAlgo failed to answer for a date or year, the built-in calendar serves it this long before asking again. */
  retryAfterMs?: number;
}

interface YearCalendar {
  /** NSE trading holidays. */
  closed: Set<string>;
  /** Special sessions (e.g. Muhurat trading) by date. */
  special: Map<string, SessionSegment[]>;
}

interface Cached<T> {
  value: T;
  /** When a fallback answer stops being used; Infinity for OpenAlgo's own answers. */
  until: number;
}

const NSE = 'NSE';
const isWeekend = (date: IstDate) => [0, 6].includes(weekdayOf(date));

/**
 * NSE sessions from OpenAlgo's market/holidays (cached per year) and market/timings (cached per
 * date). When OpenAlgo cannot answer, the built-in calendar (src-worker/calendar) stands in, the
 * fallback is logged, and OpenAlgo is asked again after `retryAfterMs`.
 * @example const calendar = createMarketCalendar({ client }); await calendar.sessionsOn('2026-01-26' as IstDate) // []
 */
export function createMarketCalendar({
  client,
  logger,
  now = Date.now,
  retryAfterMs = 10 * 60_000
}: MarketCalendarOptions): MarketCalendar {
  const years = new Map<number, Promise<Cached<YearCalendar | null>>>();
  const dates = new Map<string, Promise<Cached<SessionSegment[]>>>();

  /** One load per key at a time; a fallback answer is dropped (and reloaded) once its time is up. */
  async function cached<K, T>(
    map: Map<K, Promise<Cached<T>>>,
    key: K,
    load: () => Promise<Cached<T>>
  ): Promise<Cached<T>> {
    const hit = map.get(key);
    if (hit) {
      const entry = await hit;
      if (entry.until > now()) return entry;
      const replaced = map.get(key);
      if (replaced && replaced !== hit) return replaced;
    }
    const loading = load();
    map.set(key, loading);
    return loading;
  }

  /** The year's holidays, or null when OpenAlgo could not say (the built-in calendar then decides). */
  const yearCalendar = (year: number) =>
    cached(years, year, async (): Promise<Cached<YearCalendar | null>> => {
      const answer = await client.holidays({ year }, { caller: 'scheduler' });
      if ('error' in answer) {
        logger?.warn('market holidays unavailable from OpenAlgo; using the built-in NSE calendar', {
          year,
          error: answer.error.message
        });
        return { value: null, until: now() + retryAfterMs };
      }
      const closed = new Set<string>();
      const special = new Map<string, SessionSegment[]>();
      for (const holiday of answer.data.data) {
        const open = holiday.open_exchanges.filter((timing) => timing.exchange === NSE);
        if (open.length > 0)
          special.set(
            holiday.date,
            open.map((t) => ({ start: t.start_time, end: t.end_time }))
          );
        else if (holiday.holiday_type === 'TRADING_HOLIDAY' && holiday.closed_exchanges.includes(NSE))
          closed.add(holiday.date);
      }
      return { value: { closed, special }, until: Infinity };
    });

  const timingsOn = (date: IstDate) =>
    cached(dates, date, async (): Promise<Cached<SessionSegment[]>> => {
      const answer = await client.timings({ date }, { caller: 'scheduler' });
      if ('error' in answer) {
        logger?.warn('market timings unavailable from OpenAlgo; using the built-in NSE calendar', {
          date,
          error: answer.error.message
        });
        return { value: sessionSegments(date), until: now() + retryAfterMs };
      }
      const segments = answer.data
        .filter((timing) => timing.exchange === NSE)
        .map((t) => ({ start: t.start_time, end: t.end_time }));
      return { value: segments.sort((a, b) => a.start - b.start), until: Infinity };
    });

  async function sessionsOn(date: IstDate): Promise<SessionSegment[]> {
    const year = (await yearCalendar(Number(date.slice(0, 4)))).value;
    if (!year) return sessionSegments(date);
    const special = year.special.get(date);
    if (special) return special;
    // Only a weekday that is no holiday costs a market/timings call.
    if (isWeekend(date) || year.closed.has(date)) return [];
    return (await timingsOn(date)).value;
  }

  return {
    sessionsOn,
    async sessionFrom(instant, horizonDays) {
      const first = istDateOf(instant);
      for (let day = 0; day <= horizonDays; day++) {
        const segments = await sessionsOn(addDays(first, day));
        const found = segments.find((segment) => segment.end >= instant);
        if (found) return found;
      }
      return null;
    }
  };
}
