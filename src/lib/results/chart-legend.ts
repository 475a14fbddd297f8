import type { CandleColumns } from '$engine/candles/types';
import { formatBarTime } from '$lib/format';

/** What the chart's legend says about one bar. */
export interface BarLegend {
  date: string;
  open: string;
  high: string;
  low: string;
  close: string;
  volume: string;
}

const price = (value: number) => value.toFixed(2);
const volumeFormat = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 0 });

/**
 * The legend of bar `index` (the crosshair's bar, or the newest one): its IST date, O/H/L/C and volume.
 * @example barLegend(candles, candles.time.length - 1).close // '1520.40'
 */
export function barLegend(candles: CandleColumns, index: number): BarLegend | null {
  if (index < 0 || index >= candles.time.length) return null;
  return {
    date: formatBarTime(candles.time[index]),
    open: price(candles.open[index]),
    high: price(candles.high[index]),
    low: price(candles.low[index]),
    close: price(candles.close[index]),
    volume: volumeFormat.format(candles.volume[index])
  };
}

/** A plotted indicator's value in the legend; blank where it has none (its lookback, or off its data). */
export const plotValueText = (value: number | undefined) =>
  value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(2);
