import type { Timeframe } from './interval-spec.js';

const IST_OFFSET_SECONDS = 19_800;
const DAY_SECONDS = 86_400;
/** Minutes from IST midnight to the NSE open, 09:15: intraday periods are counted from it. */
const SESSION_START_MINUTES = 9 * 60 + 15;

/**
 * A number shared by exactly the bars (epoch seconds) of one period: the IST day,
 * the Monday-to-Sunday IST week, the IST calendar month, or the N-minute slot of
 * the IST day counted from 09:15.
 * @example periodKey({ kind: 'W' }, 1733112000) === periodKey({ kind: 'W' }, 1733457600) // Mon and Fri of one week
 */
export function periodKey(timeframe: Timeframe, epochSeconds: number): number {
  const local = epochSeconds + IST_OFFSET_SECONDS;
  const day = Math.floor(local / DAY_SECONDS);
  switch (timeframe.kind) {
    case 'D':
      return day;
    case 'W':
      // Day 0 (1970-01-01) was a Thursday: shifting by 3 makes weeks start on Monday.
      return Math.floor((day + 3) / 7);
    case 'M': {
      const date = new Date(day * DAY_SECONDS * 1000);
      return date.getUTCFullYear() * 12 + date.getUTCMonth();
    }
    case 'minutes': {
      const minuteOfDay = Math.floor((local - day * DAY_SECONDS) / 60);
      return day * 10_000 + Math.floor((minuteOfDay - SESSION_START_MINUTES) / timeframe.minutes);
    }
  }
}
