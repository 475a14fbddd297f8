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
  // Running sums of the last n smoothed bodies and ranges; `ranged` counts the non-zero ranges so a flat window reads exactly 0.
  let [bodySum, rangeSum, ranged] = [0, 0, 0];
  for (let j = 3; j < bars; j++) {
    bodySum += smoothBodies[j];
    rangeSum += smoothRanges[j];
    if (smoothRanges[j] !== 0) ranged++;
    if (j >= n + 3) {
      bodySum -= smoothBodies[j - n];
      rangeSum -= smoothRanges[j - n];
      if (smoothRanges[j - n] !== 0) ranged--;
    }
    if (j < n + 2) continue;
    vigor[j] = ranged === 0 ? 0 : bodySum / rangeSum;
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
