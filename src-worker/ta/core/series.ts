import { nanSeries } from '../spec-helpers.js';

/**
 * Runs `fn` on the tail of `x` starting at `start` and re-aligns its result
 * with `x`, so indicators can be chained past each other's lookback.
 */
export function applyFrom(x: Float64Array, start: number, fn: (tail: Float64Array) => Float64Array): Float64Array {
  if (start <= 0) return fn(x);
  const out = nanSeries(x.length);
  if (start >= x.length) return out;
  out.set(fn(x.subarray(start)), start);
  return out;
}
