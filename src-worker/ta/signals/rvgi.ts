import { nanSeries, price } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';
import { SIGNAL_GROUPS, period } from './groups.js';

/** The 1-2-2-1 weighted mean of x[j − 3 … j], at every bar from 3 on. */
function symmetricWeighted(x: Float64Array): Float64Array {
  const out = new Float64Array(x.length);
  for (let j = 3; j < x.length; j++) out[j] = (x[j] + 2 * x[j - 1] + 2 * x[j - 2] + x[j - 3]) / 6;
  return out;
}

/**
 * Relative Vigor Index: Σ of the 1-2-2-1 smoothed bodies (close − open) over n bars ÷ Σ of the
 * smoothed ranges (high − low), 0 when the ranges sum to 0; signal = the 1-2-2-1 mean of the last four.
 * The sums are taken afresh each bar (n additions) as trading-signals does, so they are its values to the bit.
 */
function rvgi(open: Float64Array, high: Float64Array, low: Float64Array, close: Float64Array, n: number): Float64Array[] {
  const bars = close.length;
  const [line, signal] = [nanSeries(bars), nanSeries(bars)];
  if (bars < n + 6) return [line, signal];
  const [bodies, ranges] = [new Float64Array(bars), new Float64Array(bars)];
  for (let i = 0; i < bars; i++) {
    bodies[i] = close[i] - open[i];
    ranges[i] = high[i] - low[i];
  }
  const [smoothBodies, smoothRanges] = [symmetricWeighted(bodies), symmetricWeighted(ranges)];
  const vigor = new Float64Array(bars);
  for (let j = n + 2; j < bars; j++) {
    let bodySum = 0;
    let rangeSum = 0;
    for (let k = j - n + 1; k <= j; k++) {
      bodySum += smoothBodies[k];
      rangeSum += smoothRanges[k];
    }
    vigor[j] = rangeSum === 0 ? 0 : bodySum / rangeSum;
    if (j < n + 5) continue;
    line[j] = vigor[j];
    signal[j] = (vigor[j] + 2 * vigor[j - 1] + 2 * vigor[j - 2] + vigor[j - 3]) / 6;
  }
  return [line, signal];
}

/** `ta.RVGI(open, high, low, close, 10)` → [rvgi, signal]. */
export const RVGI: TaFunctionSpec = {
  name: 'RVGI', group: SIGNAL_GROUPS.momentum, doc: 'Relative Vigor Index → [rvgi, signal]',
  inputs: [price('inPriceOHLC', 'open', 'high', 'low', 'close')], options: [period('interval', 10)],
  outputs: ['outRVGI', 'outSignal'], integerOutputs: false,
  compute: ([open, high, low, close], [n]) => rvgi(open, high, low, close, n)
};
