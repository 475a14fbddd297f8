import { nanSeries, real } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';
import { SIGNAL_GROUPS, SIGNAL_WINDOW_SCAN_MAX, period } from './groups.js';

const group = SIGNAL_GROUPS.volatility;

/** The median of sorted[from … to) as trading-signals' getMedian takes it. */
const medianOf = (sorted: Float64Array, from: number, to: number): number => {
  const count = to - from;
  return count % 2 === 0 ? (sorted[from + count / 2 - 1] + sorted[from + count / 2]) / 2 : sorted[from + (count >> 1)];
};

/**
 * Q3 − Q1 of the last n values, quartiles as medians of the lower and upper halves
 * (the middle value left out when n is odd). The window is kept sorted: each bar
 * the oldest value is replaced by the newest and moved to its place, O(n) moves at worst.
 */
function iqr(x: Float64Array, n: number): Float64Array {
  const out = nanSeries(x.length);
  if (x.length < n) return out;
  const sorted = x.slice(0, n).sort();
  const half = n >> 1;
  for (let i = n - 1; i < x.length; i++) {
    if (i >= n) {
      const leaving = x[i - n];
      const entering = x[i];
      let at = sorted.indexOf(leaving);
      if (at === -1) at = sorted.findIndex(Number.isNaN);
      while (at > 0 && sorted[at - 1] > entering) sorted[at] = sorted[--at];
      while (at < n - 1 && sorted[at + 1] < entering) sorted[at] = sorted[++at];
      sorted[at] = entering;
    }
    out[i] = medianOf(sorted, n % 2 === 0 ? half : half + 1, n) - medianOf(sorted, 0, half);
  }
  return out;
}

/** Mean absolute deviation from the window's own mean; the mean moves every bar, so each bar revisits its n values. */
function mad(x: Float64Array, n: number): Float64Array {
  const out = nanSeries(x.length);
  for (let i = n - 1; i < x.length; i++) {
    let sum = 0;
    for (let j = i - n + 1; j <= i; j++) sum += x[j];
    const mean = sum / n;
    let deviation = 0;
    for (let j = i - n + 1; j <= i; j++) deviation += Math.abs(x[j] - mean);
    out[i] = deviation / n;
  }
  return out;
}

/** Typed-array loops for the interquartile range and the mean absolute deviation. */
export const dispersionLoops: readonly TaFunctionSpec[] = [
  {
    name: 'IQR',
    group,
    doc: 'Interquartile range of the last n values',
    inputs: [real()],
    options: [period('interval', 13, 4, SIGNAL_WINDOW_SCAN_MAX)],
    outputs: ['outIQR'],
    integerOutputs: false,
    compute: ([x], [n]) => [iqr(x, n)]
  },
  {
    name: 'MAD',
    group,
    doc: 'Mean absolute deviation from the n-bar mean',
    inputs: [real()],
    options: [period('interval', 20)],
    outputs: ['outMAD'],
    integerOutputs: false,
    compute: ([x], [n]) => [mad(x, n)]
  }
];
