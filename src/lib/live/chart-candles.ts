import type { CandleColumns } from '$engine/candles/types';
import type { ChartBar, LiveChart } from './live-schema';

/**
 * The live chart's candles: the closed bars, then the forming bar in place of a bar with the
 * same start or after them. A forming bar older than the last closed bar is left out.
 * @example chartCandles(chart.candles, { time: 1733200500, open: 1, high: 2, low: 1, close: 2, volume: 10 })
 */
export function chartCandles(closed: LiveChart['candles'], forming: ChartBar | null): CandleColumns {
  const bars = closed.time.map((time, i) => ({
    time,
    open: closed.open[i],
    high: closed.high[i],
    low: closed.low[i],
    close: closed.close[i],
    volume: closed.volume[i]
  }));
  const last = bars.at(-1);
  if (forming && (!last || forming.time > last.time)) bars.push(forming);
  else if (forming && forming.time === last?.time) bars[bars.length - 1] = forming;
  const column = (field: keyof ChartBar) => Float64Array.from(bars, (bar) => bar[field]);
  return {
    time: column('time'),
    open: column('open'),
    high: column('high'),
    low: column('low'),
    close: column('close'),
    volume: column('volume'),
    oi: new Float64Array(bars.length)
  };
}
