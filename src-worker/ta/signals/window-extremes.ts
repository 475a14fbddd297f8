import { nanSeries } from '../spec-helpers.js';

/**
 * Highest (`sign` 1) or lowest (`sign` -1) value of the last `period` values at
 * every bar, NaN before the window fills; a monotonic queue keeps it O(bars)
 * whatever the period.
 */
function rollingExtreme(x: Float64Array, period: number, sign: 1 | -1): Float64Array {
  const n = x.length;
  const out = nanSeries(n);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < n; i++) {
    const value = sign * x[i];
    while (tail > head && sign * x[queue[tail - 1]] <= value) tail--;
    queue[tail++] = i;
    if (queue[head] <= i - period) head++;
    if (i >= period - 1) out[i] = x[queue[head]];
  }
  return out;
}

/** Highest of the last `period` values: `rollingMax(high, 26)`. */
export const rollingMax = (x: Float64Array, period: number): Float64Array => rollingExtreme(x, period, 1);

/** Lowest of the last `period` values: `rollingMin(low, 26)`. */
export const rollingMin = (x: Float64Array, period: number): Float64Array => rollingExtreme(x, period, -1);
