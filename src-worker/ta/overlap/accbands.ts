import { sma } from '../core/moving-averages.js';
import { timePeriod } from '../core/options.js';
import { price } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';

/** `ta.ACCBANDS(high, low, close, 20)` → [upper, middle, lower] */
export const ACCBANDS: TaFunctionSpec = {
  name: 'ACCBANDS',
  group: 'Overlap Studies',
  doc: 'Acceleration Bands',
  inputs: [price('inPriceHLC', 'high', 'low', 'close')],
  options: [timePeriod(20)],
  outputs: ['outRealUpperBand', 'outRealMiddleBand', 'outRealLowerBand'],
  integerOutputs: false,
  compute([high, low, close], [period]) {
    const n = high.length;
    const rawUpper = new Float64Array(n);
    const rawLower = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const sum = high[i] + low[i];
      // Bars whose high + low is (near) zero get no widening, as in TA-Lib.
      if (sum > -1e-8 && sum < 1e-8) {
        rawUpper[i] = high[i];
        rawLower[i] = low[i];
      } else {
        const width = (4 * (high[i] - low[i])) / sum;
        rawUpper[i] = high[i] * (1 + width);
        rawLower[i] = low[i] * (1 - width);
      }
    }
    return [sma(rawUpper, period), sma(close, period), sma(rawLower, period)];
  }
};
