import { rollingStdDev } from '../core/deviation.js';
import { unboundedReal } from '../core/options.js';
import { intOption, nanSeries, real } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';

const nbDevOption = unboundedReal('optInNbDev', 'nbdev', 1);

/**
 * Population variance over a sliding window, from running sums of x and x²
 * (mean of squares minus squared mean), updated in TA-Lib's order.
 */
export function variance(x: Float64Array, period: number): Float64Array {
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
    sum += x[i];
    sumSquares += x[i] * x[i];
    const mean = sum / period;
    const meanOfSquares = sumSquares / period;
    sum -= x[trailing];
    sumSquares -= x[trailing] * x[trailing];
    out[i] = meanOfSquares - mean * mean;
  }
  return out;
}

/** Variance (population; `nbdev` is accepted for TA-Lib compatibility and ignored): `ta.VAR(close, 5)`. */
export const VAR: TaFunctionSpec = {
  name: 'VAR',
  group: 'Statistic Functions',
  doc: 'Variance',
  inputs: [real()],
  options: [intOption('optInTimePeriod', 'timeperiod', 5, 1), nbDevOption],
  outputs: ['outReal'],
  integerOutputs: false,
  compute: ([x], [period]) => [variance(x, period)]
};

/** Standard Deviation (population) × nbdev: `ta.STDDEV(close, 5, 1)`. */
export const STDDEV: TaFunctionSpec = {
  name: 'STDDEV',
  group: 'Statistic Functions',
  doc: 'Standard Deviation',
  inputs: [real()],
  options: [intOption('optInTimePeriod', 'timeperiod', 5, 2), nbDevOption],
  outputs: ['outReal'],
  integerOutputs: false,
  compute: ([x], [period, nbDev]) => [rollingStdDev(x, period, nbDev)]
};
