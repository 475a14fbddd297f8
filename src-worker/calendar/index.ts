export { addDays, istDateOf, istEpochMs, toIstDate, weekdayOf, IST_OFFSET_MS, type IstDate } from './ist-time.js';
export {
  isHolidayListPublished,
  isTradingDay,
  nextTradingDay,
  previousTradingDay,
  previousTradingDays,
  tradingDaysBetween
} from './trading-days.js';
export {
  latestCompletedSession,
  latestStartedSession,
  marketTimings,
  sessionClose,
  sessionSegments,
  REGULAR_SESSION,
  type ExchangeTiming,
  type SessionSegment
} from './sessions.js';
export { holidays, type MarketHoliday, type MarketHolidays } from './holiday-list.js';
