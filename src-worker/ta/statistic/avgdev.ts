import { intOption, nanSeries, real } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';

/** Mean absolute deviation from the window mean, recomputed per window (newest bar first, like TA-Lib). */
export function avgdev(x: Float64Array, period: number): Float64Array {
  const n = x.length;
  const out = nanSeries(n);
  for (let today = period - 1; today < n; today++) {
    let sum = 0;
    for (let back = 0; back < period; back++) sum += x[today - back];
    let deviation = 0;
    for (let back = 0; back < period; back++) deviation += Math.abs(x[today - back] - sum / period);
    out[today] = deviation / period;
  }
  return out;
}

/** Average Deviation: `ta.AVGDEV(close, 14)`. */
export const AVGDEV: TaFunctionSpec = {
  name: 'AVGDEV',
  // TA-Lib files it under Price Transform, although it is a statistic.
  group: 'Price Transform',
  doc: 'Average Deviation',
  inputs: [real()],
  options: [intOption('optInTimePeriod', 'timeperiod', 14, 2)],
  outputs: ['outReal'],
  integerOutputs: false,
  rescansWindow: true,
  compute: ([x], [period]) => [avgdev(x, period)]
};
