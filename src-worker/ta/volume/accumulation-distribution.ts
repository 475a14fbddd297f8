import { intOption, nanSeries, price } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';

const HLCV = price('inPriceHLCV', 'high', 'low', 'close', 'volume');

/** Bar `i`'s money-flow volume; a bar with no range adds nothing. */
function moneyFlowVolume(
  high: Float64Array,
  low: Float64Array,
  close: Float64Array,
  volume: Float64Array,
  i: number
): number {
  const range = high[i] - low[i];
  return range > 0 ? ((close[i] - low[i] - (high[i] - close[i])) / range) * volume[i] : 0;
}

/** Chaikin accumulation/distribution line: `ad(high, low, close, volume)`. */
export function ad(high: Float64Array, low: Float64Array, close: Float64Array, volume: Float64Array): Float64Array {
  const out = new Float64Array(close.length);
  let line = 0;
  for (let i = 0; i < close.length; i++) {
    line += moneyFlowVolume(high, low, close, volume, i);
    out[i] = line;
  }
  return out;
}

/**
 * Chaikin oscillator: EMA(fast) − EMA(slow) of the A/D line. Unlike TA-Lib's
 * EMA function, both EMAs are seeded with the first A/D value (as TA-Lib and
 * MetaStock do here), and the first output waits for the slower period.
 */
export function adosc(
  high: Float64Array,
  low: Float64Array,
  close: Float64Array,
  volume: Float64Array,
  fastPeriod: number,
  slowPeriod: number
): Float64Array {
  const n = close.length;
  const out = nanSeries(n);
  const lookback = Math.max(fastPeriod, slowPeriod) - 1;
  if (n <= lookback) return out;
  const fastK = 2 / (fastPeriod + 1);
  const slowK = 2 / (slowPeriod + 1);
  let line = moneyFlowVolume(high, low, close, volume, 0);
  let fast = line;
  let slow = line;
  for (let i = 1; i < n; i++) {
    line += moneyFlowVolume(high, low, close, volume, i);
    fast = fastK * line + (1 - fastK) * fast;
    slow = slowK * line + (1 - slowK) * slow;
    if (i >= lookback) out[i] = fast - slow;
  }
  return out;
}

/** Chaikin A/D Line: `ta.AD(high, low, close, volume)`. */
export const AD: TaFunctionSpec = {
  name: 'AD',
  group: 'Volume Indicators',
  doc: 'Chaikin A/D Line',
  inputs: [HLCV],
  options: [],
  outputs: ['outReal'],
  integerOutputs: false,
  compute: ([high, low, close, volume]) => [ad(high, low, close, volume)]
};

/** Chaikin A/D Oscillator: `ta.ADOSC(high, low, close, volume, 3, 10)`. */
export const ADOSC: TaFunctionSpec = {
  name: 'ADOSC',
  group: 'Volume Indicators',
  doc: 'Chaikin A/D Oscillator',
  inputs: [HLCV],
  options: [intOption('optInFastPeriod', 'fastperiod', 3, 2), intOption('optInSlowPeriod', 'slowperiod', 10, 2)],
  outputs: ['outReal'],
  integerOutputs: false,
  compute: ([high, low, close, volume], [fastPeriod, slowPeriod]) => [
    adosc(high, low, close, volume, fastPeriod, slowPeriod)
  ]
};
