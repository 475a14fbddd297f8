import { timePeriod } from '../core/options.js';
import { nanSeries, price, real } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';

/** (highest high + lowest low) / 2 over `period` bars of two series (the same series for MIDPOINT). */
function midRange(high: Float64Array, low: Float64Array, period: number): Float64Array {
  const n = high.length;
  const out = nanSeries(n);
  for (let i = period - 1; i < n; i++) {
    let highest = high[i];
    let lowest = low[i];
    for (let j = i - period + 1; j < i; j++) {
      if (high[j] > highest) highest = high[j];
      if (low[j] < lowest) lowest = low[j];
    }
    out[i] = (highest + lowest) / 2;
  }
  return out;
}

/** `ta.MIDPOINT(close, 14)` */
export const MIDPOINT: TaFunctionSpec = {
  name: 'MIDPOINT',
  group: 'Overlap Studies',
  doc: 'MidPoint over period',
  inputs: [real()],
  options: [timePeriod(14)],
  outputs: ['outReal'],
  integerOutputs: false,
  rescansWindow: true,
  compute: ([x], [period]) => [midRange(x, x, period)]
};

/** `ta.MIDPRICE(high, low, 14)` */
export const MIDPRICE: TaFunctionSpec = {
  name: 'MIDPRICE',
  group: 'Overlap Studies',
  doc: 'Midpoint Price over period',
  inputs: [price('inPriceHL', 'high', 'low')],
  options: [timePeriod(14)],
  outputs: ['outReal'],
  integerOutputs: false,
  rescansWindow: true,
  compute: ([high, low], [period]) => [midRange(high, low, period)]
};
