import { price } from '../spec-helpers.js';
import type { Series, TaFunctionSpec, TaInput } from '../types.js';

/** A bar-by-bar average of price fields, with TA-Lib's operand order. */
function priceTransform(
  name: string,
  doc: string,
  input: TaInput,
  combine: (series: readonly Series[], i: number) => number
): TaFunctionSpec {
  return {
    name,
    group: 'Price Transform',
    doc,
    inputs: [input],
    options: [],
    outputs: ['outReal'],
    integerOutputs: false,
    compute: (series) => {
      const out = new Float64Array(series[0].length);
      for (let i = 0; i < out.length; i++) out[i] = combine(series, i);
      return [out];
    }
  };
}

/** Average Price, (open + high + low + close) / 4: `ta.AVGPRICE(open, high, low, close)`. */
export const AVGPRICE = priceTransform(
  'AVGPRICE',
  'Average Price',
  price('inPriceOHLC', 'open', 'high', 'low', 'close'),
  ([open, high, low, close], i) => (open[i] + high[i] + low[i] + close[i]) / 4
);

/** Median Price, (high + low) / 2: `ta.MEDPRICE(high, low)`. */
export const MEDPRICE = priceTransform(
  'MEDPRICE',
  'Median Price',
  price('inPriceHL', 'high', 'low'),
  ([high, low], i) => (high[i] + low[i]) / 2
);

/** Typical Price, (high + low + close) / 3: `ta.TYPPRICE(high, low, close)`. */
export const TYPPRICE = priceTransform(
  'TYPPRICE',
  'Typical Price',
  price('inPriceHLC', 'high', 'low', 'close'),
  ([high, low, close], i) => (high[i] + low[i] + close[i]) / 3
);

/** Weighted Close Price, (high + low + 2·close) / 4: `ta.WCLPRICE(high, low, close)`. */
export const WCLPRICE = priceTransform(
  'WCLPRICE',
  'Weighted Close Price',
  price('inPriceHLC', 'high', 'low', 'close'),
  ([high, low, close], i) => (high[i] + low[i] + close[i] * 2) / 4
);
