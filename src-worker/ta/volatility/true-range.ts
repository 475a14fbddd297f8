import { intOption, nanSeries, price } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';

const HLC = price('inPriceHLC', 'high', 'low', 'close');

/** TA-Lib's threshold below which a value counts as zero. */
const ZERO_CLOSE = 1e-8;

/** The true range of bar `i` (needs the previous close, so `i >= 1`). */
function trueRangeAt(high: Float64Array, low: Float64Array, close: Float64Array, i: number): number {
  const prevClose = close[i - 1];
  let range = high[i] - low[i];
  const up = Math.abs(prevClose - high[i]);
  if (up > range) range = up;
  const down = Math.abs(prevClose - low[i]);
  if (down > range) range = down;
  return range;
}

/** True range, NaN on the first bar: `trange(high, low, close)`. */
export function trange(high: Float64Array, low: Float64Array, close: Float64Array): Float64Array {
  const out = nanSeries(close.length);
  for (let i = 1; i < close.length; i++) out[i] = trueRangeAt(high, low, close, i);
  return out;
}

/**
 * Wilder's average true range, seeded like TA-Lib with the plain mean of the
 * first `period` true ranges (bars 1..period), so the first value is at bar `period`.
 */
export function atr(high: Float64Array, low: Float64Array, close: Float64Array, period: number): Float64Array {
  const n = close.length;
  const out = nanSeries(n);
  if (n <= period) return out;
  let total = 0;
  for (let i = 1; i <= period; i++) total += trueRangeAt(high, low, close, i);
  let prev = total / period;
  out[period] = prev;
  for (let i = period + 1; i < n; i++) {
    // Same operation order as TA-Lib (scale up, add, scale down) so results match bit for bit.
    prev *= period - 1;
    prev += trueRangeAt(high, low, close, i);
    prev /= period;
    out[i] = prev;
  }
  return out;
}

/** Average True Range: `ta.ATR(high, low, close, 14)`. */
export const ATR: TaFunctionSpec = {
  name: 'ATR',
  group: 'Volatility Indicators',
  doc: 'Average True Range',
  inputs: [HLC],
  options: [intOption('optInTimePeriod', 'timeperiod', 14, 1)],
  outputs: ['outReal'],
  integerOutputs: false,
  compute: ([high, low, close], [period]) => [atr(high, low, close, period)]
};

/** Normalized Average True Range, ATR as a percentage of close: `ta.NATR(high, low, close, 14)`. */
export const NATR: TaFunctionSpec = {
  name: 'NATR',
  group: 'Volatility Indicators',
  doc: 'Normalized Average True Range',
  inputs: [HLC],
  options: [intOption('optInTimePeriod', 'timeperiod', 14, 1)],
  outputs: ['outReal'],
  integerOutputs: false,
  compute: ([high, low, close], [period]) => {
    const out = atr(high, low, close, period);
    for (let i = period; i < out.length; i++) {
      // TA-Lib reports 0 rather than dividing by a (near-)zero close.
      out[i] = Math.abs(close[i]) < ZERO_CLOSE ? 0 : (out[i] / close[i]) * 100;
    }
    return [out];
  }
};

/** True Range: `ta.TRANGE(high, low, close)`. */
export const TRANGE: TaFunctionSpec = {
  name: 'TRANGE',
  group: 'Volatility Indicators',
  doc: 'True Range',
  inputs: [HLC],
  options: [],
  outputs: ['outReal'],
  integerOutputs: false,
  compute: ([high, low, close]) => [trange(high, low, close)]
};
