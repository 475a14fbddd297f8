import type { CandleColumns } from '../../src-worker/candles/types.js';
import {
  addDays,
  istDateOf,
  istEpochMs,
  latestStartedSession,
  sessionSegments,
  tradingDaysBetween,
  weekdayOf,
  type IstDate
} from '../../src-worker/calendar/index.js';
import { aggregateBars, barsBetween, concatBars } from '../../src-worker/candles/aggregate-bars.js';
import type { MarketSeries } from './market-series.js';
import type { SymbolRecord } from './symbol-master.js';

/** Intraday intervals the simulated broker serves, in minutes. */
export const INTRADAY_INTERVAL_MINUTES = {
  '1m': 1,
  '3m': 3,
  '5m': 5,
  '10m': 10,
  '15m': 15,
  '30m': 30,
  '1h': 60
} as const;
export const SUPPORTED_INTERVALS = [...Object.keys(INTRADAY_INTERVAL_MINUTES), 'D', 'W', 'M'] as const;
/** Like most brokers, intraday history only reaches back this many calendar days. */
const INTRADAY_WINDOW_DAYS = 60;

const dateOfBar = (time: number) => istDateOf(time * 1000);
const mondayOf = (date: IstDate) => addDays(date, -((weekdayOf(date) + 6) % 7));

/** Minute bars of one day grouped into `minutes`-long bars aligned to each session segment's start. */
function intradayBarsOfDay(minuteBars: CandleColumns, date: IstDate, minutes: number): CandleColumns {
  if (minutes === 1) return minuteBars;
  const segments = sessionSegments(date);
  return aggregateBars(minuteBars, (time) => {
    const segment = segments.findIndex((s) => time * 1000 >= s.start && time * 1000 < s.end);
    return `${segment}:${Math.floor((time * 1000 - segments[segment].start) / (minutes * 60_000))}`;
  });
}

/**
 * Bars for a history request: `interval` is one of SUPPORTED_INTERVALS; dates are inclusive
 * IST dates. W and M are built from the daily bars, intraday intervals from one-minute bars.
 * @example historyBars(series, record, 'D', '2025-04-01' as IstDate, '2025-04-08' as IstDate, new Date())
 */
export function historyBars(
  series: MarketSeries,
  record: SymbolRecord,
  interval: string,
  startDate: IstDate,
  endDate: IstDate,
  now: Date
): CandleColumns {
  const from = istEpochMs(startDate) / 1000;
  const to = istEpochMs(addDays(endDate, 1)) / 1000 - 1;
  if (interval === 'D' || interval === 'W' || interval === 'M') {
    const daily = series.dailyBars(record, now);
    if (interval === 'D') return barsBetween(daily, from, to);
    const bucketOf =
      interval === 'W' ? (time: number) => mondayOf(dateOfBar(time)) : (time: number) => dateOfBar(time).slice(0, 7);
    return barsBetween(aggregateBars(daily, bucketOf), from, to);
  }
  const minutes = INTRADAY_INTERVAL_MINUTES[interval as keyof typeof INTRADAY_INTERVAL_MINUTES];
  const windowStart = addDays(istDateOf(now.getTime()), -INTRADAY_WINDOW_DAYS);
  const first = startDate > windowStart ? startDate : windowStart;
  const lastSession = latestStartedSession(now).date;
  const last = endDate < lastSession ? endDate : lastSession;
  const days = first <= last ? tradingDaysBetween(first, last) : [];
  return concatBars(days.map((date) => intradayBarsOfDay(series.minuteBarsOf(record, date, now), date, minutes)));
}
