import { addDays, weekdayOf, type IstDate } from './ist-time.js';
import { NSE_SPECIAL_SESSIONS, NSE_TRADING_HOLIDAYS } from './nse-holidays.js';

const holidayDates = new Set(Object.values(NSE_TRADING_HOLIDAYS).flatMap((list) => list.map(([date]) => date)));
const specialSessionDates = new Set(NSE_SPECIAL_SESSIONS.map((session) => session.date));

/**
 * Whether NSE has published its holiday list for `year` (and this module carries it).
 * @example isHolidayListPublished(2025) // true
 */
export function isHolidayListPublished(year: number): boolean {
  return year in NSE_TRADING_HOLIDAYS;
}

/**
 * Whether NSE's capital market trades on `date`: a weekday that is not a holiday,
 * or a day with a special session (Muhurat, Budget day, drills).
 * @example isTradingDay('2025-08-15' as IstDate) // false (Independence Day)
 */
export function isTradingDay(date: IstDate): boolean {
  if (specialSessionDates.has(date)) return true;
  const weekday = weekdayOf(date);
  return weekday !== 0 && weekday !== 6 && !holidayDates.has(date);
}

/**
 * The first trading day strictly after `date`.
 * @example nextTradingDay('2025-08-14' as IstDate) // '2025-08-18'
 */
export function nextTradingDay(date: IstDate): IstDate {
  let day = addDays(date, 1);
  while (!isTradingDay(day)) day = addDays(day, 1);
  return day;
}

/**
 * The last trading day strictly before `date`.
 * @example previousTradingDay('2025-08-18' as IstDate) // '2025-08-14'
 */
export function previousTradingDay(date: IstDate): IstDate {
  let day = addDays(date, -1);
  while (!isTradingDay(day)) day = addDays(day, -1);
  return day;
}

/**
 * The `count` trading days strictly before `before`, oldest first.
 * @example previousTradingDays('2025-08-18' as IstDate, 2) // ['2025-08-13', '2025-08-14']
 */
export function previousTradingDays(before: IstDate, count: number): IstDate[] {
  const days = new Array<IstDate>(count);
  let day = before;
  for (let i = count - 1; i >= 0; i--) {
    day = previousTradingDay(day);
    days[i] = day;
  }
  return days;
}

/**
 * Trading days from `from` to `to`, both inclusive, oldest first.
 * @example tradingDaysBetween('2025-08-14' as IstDate, '2025-08-18' as IstDate) // ['2025-08-14', '2025-08-18']
 */
export function tradingDaysBetween(from: IstDate, to: IstDate): IstDate[] {
  const days: IstDate[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (isTradingDay(day)) days.push(day);
  }
  return days;
}
