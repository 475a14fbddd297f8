import { nanSeries } from '../spec-helpers.js';

/**
 * trading-signals' ATR, which differs from TA-Lib's: the first bar's true range
 * is its high − low, the first ATR (at bar period − 1) is the mean of the first
 * `period` true ranges, then Wilder's smoothing atr += (tr − atr) / period.
 */
export function signalAtr(high: Float64Array, low: Float64Array, close: Float64Array, period: number): Float64Array {
  const n = close.length;
  const out = nanSeries(n);
  let sum = 0;
  let atr = 0;
  const smoothing = 1 / period;
  for (let i = 0; i < n; i++) {
    const tr =
      i === 0
        ? high[0] - low[0]
        : Math.max(high[i] - low[i], Math.abs(high[i] - close[i - 1]), Math.abs(low[i] - close[i - 1]));
    if (i < period) {
      sum += tr;
      if (i === period - 1) out[i] = atr = sum / period;
    } else {
      atr += (tr - atr) * smoothing;
      out[i] = atr;
    }
  }
  return out;
}
