import { timePeriod } from '../core/options.js';
import { nanSeries, price } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';

/** `ta.MFI(high, low, close, volume, 14)` */
export const MFI: TaFunctionSpec = {
  name: 'MFI',
  group: 'Momentum Indicators',
  doc: 'Money Flow Index',
  inputs: [price('inPriceHLCV', 'high', 'low', 'close', 'volume')],
  options: [timePeriod(14)],
  outputs: ['outReal'],
  integerOutputs: false,
  compute([high, low, close, volume], [period]) {
    const n = close.length;
    const out = nanSeries(n);
    if (n <= period) return [out];
    // Ring buffers of each bar's flow, so the window sums can drop the bar that leaves.
    const positive = new Float64Array(period);
    const negative = new Float64Array(period);
    let slot = 0;
    let positiveSum = 0;
    let negativeSum = 0;
    let prevTypical = (high[0] + low[0] + close[0]) / 3;
    for (let today = 1; today < n; today++) {
      if (today > period) {
        positiveSum -= positive[slot];
        negativeSum -= negative[slot];
      }
      const typical = (high[today] + low[today] + close[today]) / 3;
      const change = typical - prevTypical;
      prevTypical = typical;
      const flow = change === 0 ? 0 : typical * volume[today];
      positive[slot] = change < 0 ? 0 : flow;
      negative[slot] = change < 0 ? flow : 0;
      positiveSum += positive[slot];
      negativeSum += negative[slot];
      if (++slot === period) slot = 0;
      if (today < period) continue;
      const total = positiveSum + negativeSum;
      // Sliding sums can drift a few ulp below zero; TA-Lib clamps before dividing.
      const clamped = positiveSum < 0 ? 0 : positiveSum > total ? total : positiveSum;
      out[today] = total <= 0 ? 0 : 100 * (clamped / total);
    }
    return [out];
  }
};
