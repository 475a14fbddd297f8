import { Cron } from 'croner';
import { WEEKDAYS, type Schedule, type ScheduleTiming } from '../store/index.js';
import type { MarketCalendar } from './market-calendar.js';

/** What the next run depends on. */
export type ScheduleTimes = ScheduleTiming & Pick<Schedule, 'timezone' | 'marketHoursOnly' | 'lastRunAt'>;

/** A "market hours only" schedule that finds no session in this many days has no next run. */
const MARKET_HORIZON_DAYS = 35;
const MAX_STEPS = 2000;
const MINUTE_MS = 60_000;

/** croner day-of-week numbers (Sunday = 0) for our weekday names. */
const CRON_DAY: Record<(typeof WEEKDAYS)[number], number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 0 };

/** `HH:MM` on the given cron days as croner patterns, one per time. */
const clockPatterns = (times: string[], days = '*') =>
  times.map((time) => {
    const [hours, minutes] = time.split(':').map(Number);
    return `${minutes} ${hours} * * ${days}`;
  });

function nextOfPatterns(patterns: string[], timezone: string, after: number): number | null {
  const runs = patterns
    .map((pattern) => new Cron(pattern, { timezone, paused: true }).nextRun(new Date(after))?.getTime() ?? null)
    .filter((time): time is number => time !== null);
  return runs.length === 0 ? null : Math.min(...runs);
}

/**
 * The first time after `after` that the timing alone allows (no market hours), in epoch ms:
 * once → its instant if it has not run yet; interval → `lastRunAt` (or `after`) plus whole multiples
 * of N minutes; daily/weekly → the next listed wall-clock time in the schedule's timezone; cron → croner.
 * @example nextTimingAfter({ kind: 'daily', spec: { times: ['09:20'] }, timezone: 'Asia/Kolkata', … }, Date.now())
 */
export function nextTimingAfter(schedule: ScheduleTimes, after: number): number | null {
  switch (schedule.kind) {
    case 'once': {
      const { at } = schedule.spec;
      const alreadyRan = schedule.lastRunAt !== null && schedule.lastRunAt >= at;
      return at > after && !alreadyRan ? at : null;
    }
    case 'interval': {
      const step = schedule.spec.minutes * MINUTE_MS;
      const anchor = schedule.lastRunAt ?? after;
      const steps = Math.max(1, Math.floor((after - anchor) / step) + 1);
      return anchor + steps * step;
    }
    case 'daily':
      return nextOfPatterns(clockPatterns(schedule.spec.times), schedule.timezone, after);
    case 'weekly':
      return nextOfPatterns(
        clockPatterns(schedule.spec.times, schedule.spec.days.map((day) => CRON_DAY[day]).join(',')),
        schedule.timezone,
        after
      );
    case 'cron':
      return nextOfPatterns([schedule.spec.expression], schedule.timezone, after);
  }
}

/**
 * When the schedule should next run after `after` (epoch ms), or null for never. With "market hours
 * only" a time must fall inside an NSE session (open and close included); times outside one are
 * skipped, except that an interval schedule runs at the next session's open and counts on from
 * there. Nothing within 35 days counts as never.
 * @example await computeNextRunAt(schedule, Date.now(), calendar)
 */
export async function computeNextRunAt(
  schedule: ScheduleTimes,
  after: number,
  calendar: MarketCalendar
): Promise<number | null> {
  if (!schedule.marketHoursOnly) return nextTimingAfter(schedule, after);
  const horizon = after + MARKET_HORIZON_DAYS * 86_400_000;
  let cursor = after;
  for (let step = 0; step < MAX_STEPS; step++) {
    const candidate = nextTimingAfter(schedule, cursor);
    if (candidate === null || candidate > horizon) return null;
    const session = await calendar.sessionFrom(candidate, MARKET_HORIZON_DAYS);
    if (!session) return null;
    if (session.start <= candidate && candidate <= session.end) return candidate;
    if (schedule.kind === 'interval') return session.start > after ? session.start : null;
    cursor = session.start - 1;
  }
  return null;
}
