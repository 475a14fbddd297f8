import { addDays, istDateOf, type IstDate } from '../calendar/index.js';

/** Brokers keep intraday history for 30–90 days; asking for more only slows the answer. */
const INTRADAY_MAX_DAYS = 60;
const SESSION_MINUTES = 375;
const CALENDAR_DAYS_PER_BAR: Record<string, number> = { D: 1.5, W: 7, M: 31, Q: 92, Y: 366 };

/** Seconds per bar of an intraday interval (`5m` → 300), or null for D/W/M/Q/Y. */
function intradaySeconds(interval: string): number | null {
  const match = /^(\d+)([smh])$/.exec(interval);
  if (!match) return null;
  return Number(match[1]) * { s: 1, m: 60, h: 3600 }[match[2] as 's' | 'm' | 'h'];
}

/**
 * The history start_date that covers `lookbackBars` bars at `now`: for daily bars
 * lookbackBars × 1.5 + 10 calendar days back (weekends and holidays), intraday at most
 * 60 days. The browser's loader and the server's scheduled scans both ask for this range,
 * so a scheduled scan sees the bars an interactive one would.
 * @example coldFetchStartDate('D', 200, Date.parse('2026-12-08T12:00:00Z')) // '2026-02-01'
 */
export function coldFetchStartDate(interval: string, lookbackBars: number, now: number): IstDate {
  const today = istDateOf(now);
  const seconds = intradaySeconds(interval);
  if (seconds !== null) {
    const sessions = Math.ceil(lookbackBars / Math.ceil((SESSION_MINUTES * 60) / seconds));
    return addDays(today, -Math.min(INTRADAY_MAX_DAYS, Math.ceil(sessions * 1.5) + 10));
  }
  return addDays(today, -Math.ceil(lookbackBars * (CALENDAR_DAYS_PER_BAR[interval] ?? 1.5) + 10));
}
