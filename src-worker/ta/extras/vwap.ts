import { nanSeries, price } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';

/** India Standard Time is UTC+5:30 all year (no daylight saving). */
const IST_OFFSET_SECONDS = 5.5 * 3600;
const DAY_SECONDS = 86400;

/** The IST calendar day a bar's epoch-seconds time falls on. */
const istDay = (time: number): number => Math.floor((time + IST_OFFSET_SECONDS) / DAY_SECONDS);

/**
 * Volume-weighted average of the typical price (high + low + close) / 3,
 * restarting at each new trading day in Asia/Kolkata. On daily bars every bar
 * is its own session, so VWAP equals the typical price. NaN while the
 * session has traded no volume (e.g. an index), as on TradingView.
 */
export function vwap(
  high: Float64Array,
  low: Float64Array,
  close: Float64Array,
  volume: Float64Array,
  time: Float64Array
): Float64Array {
  const n = close.length;
  const out = nanSeries(n);
  let day = NaN;
  let priceVolume = 0;
  let totalVolume = 0;
  for (let i = 0; i < n; i++) {
    const barDay = istDay(time[i]);
    if (barDay !== day) {
      day = barDay;
      priceVolume = 0;
      totalVolume = 0;
    }
    priceVolume += ((high[i] + low[i] + close[i]) / 3) * volume[i];
    totalVolume += volume[i];
    if (totalVolume > 0) out[i] = priceVolume / totalVolume;
  }
  return out;
}

/** Session VWAP of the typical price, reset daily in IST (equals the typical price on daily bars): `ta.VWAP(high, low, close, volume, time)`. */
export const VWAP: TaFunctionSpec = {
  name: 'VWAP',
  group: 'FluxScan Extras',
  doc: 'Volume Weighted Average Price, reset each IST trading day (on daily bars it equals the typical price)',
  inputs: [price('inPriceHLCVT', 'high', 'low', 'close', 'volume', 'time')],
  options: [],
  outputs: ['outReal'],
  integerOutputs: false,
  compute: ([high, low, close, volume, time]) => [vwap(high, low, close, volume, time)]
};
