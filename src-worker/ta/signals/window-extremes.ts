import { nanSeries } from '../spec-helpers.js';

// Van Herk / Gil-Werman: the series is cut into blocks of `period`; the running extreme from
// each block's end (`toBlockEnd`) and the one from its start answer any window, which spans
// at most two blocks, with three comparisons a value whatever the period. Max and min are
// written out (rather than through a comparison callback) to keep the loops branch-light.

/** Highest of the last `period` values at every bar, NaN before the window fills: `rollingMax(high, 26)`. */
export function rollingMax(x: Float64Array, period: number): Float64Array {
  const n = x.length;
  if (n < period) return nanSeries(n);
  // Only the warm-up is NaN: every later value is written below.
  const out = new Float64Array(n).fill(NaN, 0, period - 1);
  const toBlockEnd = new Float64Array(n);
  for (let start = 0; start < n; start += period) {
    const end = Math.min(start + period, n);
    let running = (toBlockEnd[end - 1] = x[end - 1]);
    for (let i = end - 2; i >= start; i--) toBlockEnd[i] = running = x[i] > running ? x[i] : running;
  }
  for (let start = 0; start < n; start += period) {
    const end = Math.min(start + period, n);
    let running = x[start];
    for (let i = start; i < end; i++) {
      running = x[i] > running ? x[i] : running;
      if (i >= period - 1) {
        const older = toBlockEnd[i - period + 1];
        out[i] = older > running ? older : running;
      }
    }
  }
  return out;
}

/** Lowest of the last `period` values at every bar, NaN before the window fills: `rollingMin(low, 26)`. */
export function rollingMin(x: Float64Array, period: number): Float64Array {
  const n = x.length;
  if (n < period) return nanSeries(n);
  // Only the warm-up is NaN: every later value is written below.
  const out = new Float64Array(n).fill(NaN, 0, period - 1);
  const toBlockEnd = new Float64Array(n);
  for (let start = 0; start < n; start += period) {
    const end = Math.min(start + period, n);
    let running = (toBlockEnd[end - 1] = x[end - 1]);
    for (let i = end - 2; i >= start; i--) toBlockEnd[i] = running = x[i] < running ? x[i] : running;
  }
  for (let start = 0; start < n; start += period) {
    const end = Math.min(start + period, n);
    let running = x[start];
    for (let i = start; i < end; i++) {
      running = x[i] < running ? x[i] : running;
      if (i >= period - 1) {
        const older = toBlockEnd[i - period + 1];
        out[i] = older < running ? older : running;
      }
    }
  }
  return out;
}
