import { nanSeries } from '../spec-helpers.js';

/** trading-signals' EMA of x[first…]: seeded with x[first], reported once `n` values are in. */
export function signalEma(x: Float64Array, n: number, first = 0): Float64Array {
  const out = nanSeries(x.length);
  const k = 2 / (n + 1);
  let value = x[first];
  for (let i = first; i < x.length; i++) {
    value = x[i] * k + value * (1 - k);
    if (i - first >= n - 1) out[i] = value;
  }
  return out;
}

/** The mean of the last `n` values, NaN before the window fills. */
export function signalSma(x: Float64Array, n: number): Float64Array {
  const out = nanSeries(x.length);
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    sum += x[i];
    if (i >= n) sum -= x[i - n];
    if (i >= n - 1) out[i] = sum / n;
  }
  return out;
}

/**
 * Σ x[end − n + 1 … end] added oldest first, as trading-signals' getAverage adds a window:
 * summed afresh rather than slid, so a mean of mixed-sign values is bit for bit trading-signals'.
 */
export function windowSum(x: Float64Array, end: number, n: number): number {
  let sum = 0;
  for (let j = end - n + 1; j <= end; j++) sum += x[j];
  return sum;
}

/** `windowSum / n` at every bar once `n` values are in (from bar `first` on), NaN before. */
export function freshSma(x: Float64Array, n: number, first = 0): Float64Array {
  const out = nanSeries(x.length);
  for (let i = first + n - 1; i < x.length; i++) out[i] = windowSum(x, i, n) / n;
  return out;
}
