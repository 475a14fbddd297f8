import { nanSeries } from '../spec-helpers.js';

/** TA-Lib's threshold below which a variance counts as zero (or negative). */
const isZeroOrNegative = (v: number) => v < 1e-8;

/**
 * Rolling population standard deviation (× `nbDev`) from running sums of x and x²,
 * as TA_STDDEV computes it: `rollingStdDev(close, 20)`.
 */
export function rollingStdDev(x: Float64Array, period: number, nbDev = 1): Float64Array {
  const n = x.length;
  const out = nanSeries(n);
  if (n < period) return out;
  let sum = 0;
  let sumSquares = 0;
  for (let i = 0; i < period - 1; i++) {
    sum += x[i];
    sumSquares += x[i] * x[i];
  }
  for (let i = period - 1, trailing = 0; i < n; i++, trailing++) {
    const value = x[i];
    sum += value;
    sumSquares += value * value;
    const mean = sum / period;
    const meanSquares = sumSquares / period;
    const old = x[trailing];
    sum -= old;
    sumSquares -= old * old;
    const variance = meanSquares - mean * mean;
    if (isZeroOrNegative(variance)) out[i] = 0;
    else out[i] = nbDev === 1 ? Math.sqrt(variance) : Math.sqrt(variance) * nbDev;
  }
  return out;
}

/**
 * Rolling standard deviation around an already computed moving average `mean`
 * (aligned with x), as BBANDS does when its middle band is an SMA.
 */
export function stdDevAround(x: Float64Array, mean: Float64Array, period: number): Float64Array {
  const n = x.length;
  const out = nanSeries(n);
  if (n < period) return out;
  let sumSquares = 0;
  for (let i = 0; i < period - 1; i++) sumSquares += x[i] * x[i];
  for (let i = period - 1, trailing = 0; i < n; i++, trailing++) {
    sumSquares += x[i] * x[i];
    let variance = sumSquares / period;
    sumSquares -= x[trailing] * x[trailing];
    variance -= mean[i] * mean[i];
    out[i] = isZeroOrNegative(variance) ? 0 : Math.sqrt(variance);
  }
  return out;
}
