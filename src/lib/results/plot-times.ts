import type { Time } from 'lightweight-charts';
import { istDateOf, nextTradingDay } from '$engine/calendar/index';
import type { CandleColumns } from '$engine/candles/types';
import { chartTime } from './chart-data';

/**
 * Chart times for the candles followed by `ahead` bars past the newest one, so a line
 * shifted forward (Ichimoku's cloud) can be drawn into the future: daily bars step
 * over NSE holidays and weekends, other intervals by the last gap between bars.
 */
export function timesWithFuture(candles: CandleColumns, interval: string, ahead: number): Time[] {
  const times: Time[] = Array.from(candles.time, (time) => chartTime(time, interval));
  const bars = candles.time.length;
  if (bars === 0 || ahead <= 0) return times;
  if (interval === 'D') {
    let day = istDateOf(candles.time[bars - 1] * 1000);
    for (let k = 0; k < ahead; k++) times.push((day = nextTradingDay(day)));
    return times;
  }
  const gap = bars > 1 ? candles.time[bars - 1] - candles.time[bars - 2] : 60;
  for (let k = 1; k <= ahead; k++) times.push(chartTime(candles.time[bars - 1] + k * gap, interval));
  return times;
}
