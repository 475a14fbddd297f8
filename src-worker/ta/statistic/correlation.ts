import { intOption, nanSeries, real } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';

/** TA-Lib's threshold below which a value counts as zero. */
const EPSILON = 1e-8;

/** Pearson's correlation over a sliding window, from running sums updated in TA-Lib's order. */
export function correl(x: Float64Array, y: Float64Array, period: number): Float64Array {
  const n = Math.min(x.length, y.length);
  const out = nanSeries(x.length);
  if (n < period) return out;
  let sumX = 0;
  let sumY = 0;
  let sumXX = 0;
  let sumYY = 0;
  let sumXY = 0;
  for (let i = 0; i < n; i++) {
    if (i >= period) {
      const tx = x[i - period];
      const ty = y[i - period];
      sumX -= tx;
      sumXX -= tx * tx;
      sumXY -= tx * ty;
      sumY -= ty;
      sumYY -= ty * ty;
    }
    const vx = x[i];
    const vy = y[i];
    sumX += vx;
    sumXX += vx * vx;
    sumXY += vx * vy;
    sumY += vy;
    sumYY += vy * vy;
    if (i < period - 1) continue;
    const spread = (sumXX - (sumX * sumX) / period) * (sumYY - (sumY * sumY) / period);
    // A flat window has no defined correlation; TA-Lib reports 0.
    out[i] = spread < EPSILON ? 0 : (sumXY - (sumX * sumY) / period) / Math.sqrt(spread);
  }
  return out;
}

/** Bar-to-bar rate of change, 0 after a (near-)zero price as in TA-Lib. */
const change = (from: number, to: number): number => (Math.abs(from) < EPSILON ? 0 : (to - from) / from);

/**
 * Beta: slope of the regression of `y`'s returns on `x`'s returns over the
 * last `period` returns (so `period + 1` prices), from TA-Lib's running sums.
 */
export function beta(x: Float64Array, y: Float64Array, period: number): Float64Array {
  const n = Math.min(x.length, y.length);
  const out = nanSeries(x.length);
  if (n <= period) return out;
  let sumXX = 0;
  let sumXY = 0;
  let sumX = 0;
  let sumY = 0;
  for (let i = 1; i < n; i++) {
    const rx = change(x[i - 1], x[i]);
    const ry = change(y[i - 1], y[i]);
    sumXX += rx * rx;
    sumXY += rx * ry;
    sumX += rx;
    sumY += ry;
    if (i < period) continue;
    const denominator = period * sumXX - sumX * sumX;
    out[i] = Math.abs(denominator) < EPSILON ? 0 : (period * sumXY - sumX * sumY) / denominator;
    // Drop the oldest return so the sums cover the next window.
    const t = i - period + 1;
    const oldX = change(x[t - 1], x[t]);
    const oldY = change(y[t - 1], y[t]);
    sumXX -= oldX * oldX;
    sumXY -= oldX * oldY;
    sumX -= oldX;
    sumY -= oldY;
  }
  return out;
}

const twoReals = [real('inReal0'), real('inReal1')];

/** Pearson's Correlation Coefficient (r): `ta.CORREL(high, low, 30)`. */
export const CORREL: TaFunctionSpec = {
  name: 'CORREL',
  group: 'Statistic Functions',
  doc: "Pearson's Correlation Coefficient (r)",
  inputs: twoReals,
  options: [intOption('optInTimePeriod', 'timeperiod', 30, 1)],
  outputs: ['outReal'],
  integerOutputs: false,
  compute: ([x, y], [period]) => [correl(x, y, period)]
};

/** Beta, cov/var of returns with inReal0 as the market: `ta.BETA(index, stock, 5)` is the stock's beta. */
export const BETA: TaFunctionSpec = {
  name: 'BETA',
  group: 'Statistic Functions',
  doc: 'Beta',
  inputs: twoReals,
  options: [intOption('optInTimePeriod', 'timeperiod', 5, 1)],
  outputs: ['outReal'],
  integerOutputs: false,
  compute: ([x, y], [period]) => [beta(x, y, period)]
};
