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
