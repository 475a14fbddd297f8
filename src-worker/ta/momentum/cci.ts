import { timePeriod } from '../core/options.js';
import { nanSeries, price } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';

/** `ta.CCI(high, low, close, 14)` */
export const CCI: TaFunctionSpec = {
  name: 'CCI',
  group: 'Momentum Indicators',
  doc: 'Commodity Channel Index',
  inputs: [price('inPriceHLC', 'high', 'low', 'close')],
  options: [timePeriod(14)],
  outputs: ['outReal'],
  integerOutputs: false,
  rescansWindow: true,
  compute([high, low, close], [period]) {
    const n = close.length;
    const out = nanSeries(n);
    const typical = new Float64Array(n);
    for (let i = 0; i < n; i++) typical[i] = (high[i] + low[i] + close[i]) / 3;
    for (let i = period - 1; i < n; i++) {
      // TA-Lib sums its ring buffer slot by slot (slot = bar % period), not oldest to newest.
      // Slot 0 holds bar base + shift, so the slots run from there to the newest bar, then wrap to the oldest.
      const base = i - period + 1;
      const shift = ((-base % period) + period) % period;
      let sum = 0;
      for (let j = base + shift; j <= i; j++) sum += typical[j];
      for (let j = base; j < base + shift; j++) sum += typical[j];
      const mean = sum / period;
      let deviation = 0;
      for (let j = base + shift; j <= i; j++) deviation += Math.abs(typical[j] - mean);
      for (let j = base; j < base + shift; j++) deviation += Math.abs(typical[j] - mean);
      const distance = typical[i] - mean;
      out[i] = distance !== 0 && deviation !== 0 ? distance / (0.015 * (deviation / period)) : 0;
    }
    return [out];
  }
};
