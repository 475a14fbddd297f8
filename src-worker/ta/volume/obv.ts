import { price, real } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';

/** On-balance volume, starting from the first bar's volume: `obv(close, volume)`. */
export function obv(x: Float64Array, volume: Float64Array): Float64Array {
  const n = x.length;
  const out = new Float64Array(n);
  if (n === 0) return out;
  let balance = volume[0];
  out[0] = balance;
  for (let i = 1; i < n; i++) {
    if (x[i] > x[i - 1]) balance += volume[i];
    else if (x[i] < x[i - 1]) balance -= volume[i];
    out[i] = balance;
  }
  return out;
}

/** On Balance Volume: `ta.OBV(close, volume)`. */
export const OBV: TaFunctionSpec = {
  name: 'OBV',
  group: 'Volume Indicators',
  doc: 'On Balance Volume',
  inputs: [real(), price('inPriceV', 'volume')],
  options: [],
  outputs: ['outReal'],
  integerOutputs: false,
  compute: ([x, volume]) => [obv(x, volume)]
};
