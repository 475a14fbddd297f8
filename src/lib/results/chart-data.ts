import type { CandlestickData, HistogramData, Time, UTCTimestamp } from 'lightweight-charts';
import type { CandleColumns } from '$engine/candles/types';

/** IST is UTC+5:30; the chart draws times as UTC, so intraday bars are shifted to read as IST. */
const IST_OFFSET_SECONDS = 19_800;
const istDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Kolkata',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit'
});

/** A bar's time on the chart: the IST date for daily and longer bars, shifted epoch seconds for intraday ones. */
export function chartTime(epochSeconds: number, interval: string): Time {
  return isDailyOrLonger(interval)
    ? istDate.format(epochSeconds * 1000)
    : ((epochSeconds + IST_OFFSET_SECONDS) as UTCTimestamp);
}

const isDailyOrLonger = (interval: string) => ['D', 'W', 'M', 'Q', 'Y'].includes(interval);

/**
 * Candles as the chart's candlestick and volume series; volume bars take the candle's colour.
 * @example const { candles, volume } = chartSeries(columns, 'D')
 */
export function chartSeries(
  columns: CandleColumns,
  interval: string,
  colours = { up: '#16a34a', down: '#dc2626' }
): { candles: CandlestickData[]; volume: HistogramData[] } {
  const candles: CandlestickData[] = [];
  const volume: HistogramData[] = [];
  for (let i = 0; i < columns.time.length; i++) {
    const time = chartTime(columns.time[i], interval);
    const [open, close] = [columns.open[i], columns.close[i]];
    candles.push({ time, open, high: columns.high[i], low: columns.low[i], close });
    volume.push({ time, value: columns.volume[i], color: close >= open ? `${colours.up}80` : `${colours.down}80` });
  }
  return { candles, volume };
}
