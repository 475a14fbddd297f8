import { nanSeries, price } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';
import { SIGNAL_GROUPS, period } from './groups.js';

/**
 * Relative Vigor Index: Σ of the 1-2-2-1 smoothed bodies (close − open) over n bars ÷ Σ of the
 * smoothed ranges (high − low), 0 when the ranges sum to 0; signal = the 1-2-2-1 mean of the last four.
 */
function rvgi(
  open: Float64Array,
  high: Float64Array,
  low: Float64Array,
  close: Float64Array,
  n: number
): Float64Array[] {
  const bars = close.length;
  const line = nanSeries(bars);
  const signal = nanSeries(bars);
  if (bars < n + 6) return [line, signal];
  // One pass: the bodies and ranges of the last four bars ride in locals, the vigor of the last three too;
  // only the smoothed values are kept, for the running sums to drop them n bars later.
  const smoothBodies = new Float64Array(bars);
  const smoothRanges = new Float64Array(bars);
  let body1 = close[2] - open[2],
    body2 = close[1] - open[1],
    body3 = close[0] - open[0];
  let range1 = high[2] - low[2],
    range2 = high[1] - low[1],
    range3 = high[0] - low[0];
  let vigor1 = 0,
    vigor2 = 0,
    vigor3 = 0;
  // Running sums of the last n smoothed bodies and ranges; `ranged` counts the non-zero ranges so a flat window reads exactly 0.
  let bodySum = 0,
    rangeSum = 0,
    ranged = 0;
  for (let j = 3; j < bars; j++) {
    const body = close[j] - open[j];
    const range = high[j] - low[j];
    const smoothBody = (body + 2 * body1 + 2 * body2 + body3) / 6;
    const smoothRange = (range + 2 * range1 + 2 * range2 + range3) / 6;
    body3 = body2;
    body2 = body1;
    body1 = body;
    range3 = range2;
    range2 = range1;
    range1 = range;
    smoothBodies[j] = smoothBody;
    smoothRanges[j] = smoothRange;
    bodySum += smoothBody;
    rangeSum += smoothRange;
    if (smoothRange !== 0) ranged++;
    if (j >= n + 3) {
      bodySum -= smoothBodies[j - n];
      rangeSum -= smoothRanges[j - n];
      if (smoothRanges[j - n] !== 0) ranged--;
    }
    if (j < n + 2) continue;
    const vigor = ranged === 0 ? 0 : bodySum / rangeSum;
    if (j >= n + 5) {
      line[j] = vigor;
      signal[j] = (vigor + 2 * vigor1 + 2 * vigor2 + vigor3) / 6;
    }
    vigor3 = vigor2;
    vigor2 = vigor1;
    vigor1 = vigor;
  }
  return [line, signal];
}

/** `ta.RVGI(open, high, low, close, 10)` → [rvgi, signal]. */
export const RVGI: TaFunctionSpec = {
  name: 'RVGI',
  group: SIGNAL_GROUPS.momentum,
  doc: 'Relative Vigor Index → [rvgi, signal]',
  inputs: [price('inPriceOHLC', 'open', 'high', 'low', 'close')],
  options: [period('interval', 10)],
  outputs: ['outRVGI', 'outSignal'],
  integerOutputs: false,
  compute: ([open, high, low, close], [n]) => rvgi(open, high, low, close, n)
};
