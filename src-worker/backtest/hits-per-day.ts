import { istDateOf } from '../calendar/ist-time.js';
import type { CandleColumns } from '../candles/types.js';
import type { BacktestEvent, HitsOnDay } from './types.js';

/**
 * For every IST date that had an evaluated bar, how many symbols matched on it,
 * with the benchmark's close that day when there is one.
 * @example hitsPerDay(events, evaluatedTimes, nifty)
 */
export function hitsPerDay(
  events: readonly BacktestEvent[],
  evaluatedTimes: Iterable<number>,
  benchmark?: CandleColumns
): HitsOnDay[] {
  const symbolsByDate = new Map<string, Set<string>>();
  for (const time of evaluatedTimes) {
    const date = istDateOf(time * 1000);
    if (!symbolsByDate.has(date)) symbolsByDate.set(date, new Set());
  }
  for (const event of events) {
    const date = istDateOf(event.barTime * 1000);
    const symbols = symbolsByDate.get(date) ?? new Set<string>();
    symbols.add(`${event.exchange}:${event.symbol}`);
    symbolsByDate.set(date, symbols);
  }
  const closes = new Map<string, number>();
  if (benchmark)
    for (let i = 0; i < benchmark.time.length; i++) closes.set(istDateOf(benchmark.time[i] * 1000), benchmark.close[i]);
  return [...symbolsByDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, symbols]) => {
      const day: HitsOnDay = { date, hits: symbols.size };
      const close = closes.get(date);
      if (close !== undefined) day.benchmarkClose = close;
      return day;
    });
}
