import { intOption, nanSeries, real } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';

/** Running sum over each window of `period` bars: `sum(volume, 20)`. */
export function sum(x: Float64Array, period: number): Float64Array {
  const n = x.length;
  const out = nanSeries(n);
  if (n < period) return out;
  let total = 0;
  for (let i = 0; i < period - 1; i++) total += x[i];
  for (let i = period - 1, trailing = 0; i < n; i++, trailing++) {
    total += x[i];
    out[i] = total;
    total -= x[trailing];
  }
  return out;
}

/** Bar-by-bar arithmetic on two series. */
function binarySpec(name: string, doc: string, op: (a: number, b: number) => number): TaFunctionSpec {
  return {
    name,
    group: 'Math Operators',
    doc,
    inputs: [real('inReal0'), real('inReal1')],
    options: [],
    outputs: ['outReal'],
    integerOutputs: false,
    compute: ([a, b]) => {
      const out = new Float64Array(a.length);
      for (let i = 0; i < out.length; i++) out[i] = op(a[i], b[i]);
      return [out];
    }
  };
}

/** Vector Arithmetic Add: `ta.ADD(high, low)`. */
export const ADD = binarySpec('ADD', 'Vector Arithmetic Add', (a, b) => a + b);

/** Vector Arithmetic Subtraction, inReal0 − inReal1: `ta.SUB(high, low)`. */
export const SUB = binarySpec('SUB', 'Vector Arithmetic Subtraction', (a, b) => a - b);

/** Vector Arithmetic Mult: `ta.MULT(close, volume)`. */
export const MULT = binarySpec('MULT', 'Vector Arithmetic Mult', (a, b) => a * b);

/** Vector Arithmetic Div, inReal0 / inReal1: `ta.DIV(close, open)`. */
export const DIV = binarySpec('DIV', 'Vector Arithmetic Div', (a, b) => a / b);

/** Summation over a specified period: `ta.SUM(volume, 30)`. */
export const SUM: TaFunctionSpec = {
  name: 'SUM',
  group: 'Math Operators',
  doc: 'Summation',
  inputs: [real()],
  options: [intOption('optInTimePeriod', 'timeperiod', 30, 2)],
  outputs: ['outReal'],
  integerOutputs: false,
  compute: ([x], [period]) => [sum(x, period)]
};
