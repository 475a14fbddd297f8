import { timePeriod } from '../core/options.js';
import { nanSeries, price } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';

/** `ta.BOP(open, high, low, close)` — (close − open) / (high − low). */
export const BOP: TaFunctionSpec = {
  name: 'BOP',
  group: 'Momentum Indicators',
  doc: 'Balance Of Power',
  inputs: [price('inPriceOHLC', 'open', 'high', 'low', 'close')],
  options: [],
  outputs: ['outReal'],
  integerOutputs: false,
  compute([open, high, low, close]) {
    const out = nanSeries(close.length);
    for (let i = 0; i < close.length; i++) {
      const range = high[i] - low[i];
      out[i] = range < 1e-8 ? 0 : (close[i] - open[i]) / range;
    }
    return [out];
  }
};

/** `ta.IMI(open, close, 14)` — share of the period's candle bodies that closed up. */
export const IMI: TaFunctionSpec = {
  name: 'IMI',
  group: 'Momentum Indicators',
  doc: 'Intraday Momentum Index',
  inputs: [price('inPriceOC', 'open', 'close')],
  options: [timePeriod(14)],
  outputs: ['outReal'],
  integerOutputs: false,
  rescansWindow: true,
  compute([open, close], [period]) {
    const out = nanSeries(close.length);
    for (let today = period - 1; today < close.length; today++) {
      let up = 0;
      let down = 0;
      for (let i = today - period + 1; i <= today; i++) {
        if (close[i] > open[i]) up += close[i] - open[i];
        else down += open[i] - close[i];
      }
      out[today] = 100 * (up / (up + down));
    }
    return [out];
  }
};
