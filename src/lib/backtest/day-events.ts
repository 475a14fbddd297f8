import type { BacktestEvent, HitsOnDay } from '$engine/backtest/types';
import { istDateOf } from '$engine/calendar';

/** The events whose signal bar falls on an IST date, by symbol. */
export function eventsOnDay(events: readonly BacktestEvent[], date: string): BacktestEvent[] {
  return events
    .filter((event) => istDateOf(event.barTime * 1000) === date)
    .sort((a, b) => (a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : a.barTime - b.barTime));
}

/** The days with most hits first (then newest), for picking a day without the chart. */
export function busiestDays(days: readonly HitsOnDay[], count = 100): HitsOnDay[] {
  return days
    .filter((day) => day.hits > 0)
    .sort((a, b) => b.hits - a.hits || (a.date < b.date ? 1 : -1))
    .slice(0, count);
}
