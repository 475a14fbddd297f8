import { ema, movingAverage } from '../core/moving-averages.js';
import { maTypeOption, timePeriod } from '../core/options.js';
import { applyFrom } from '../core/series.js';
import { intOption, nanSeries, real } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';

/** Fast and slow moving averages of the same type, each over the whole series; "fast" is the shorter period. */
function fastAndSlow(
  x: Float64Array,
  fastPeriod: number,
  slowPeriod: number,
  maType: number
): [Float64Array, Float64Array] {
  return [
    movingAverage(x, Math.min(fastPeriod, slowPeriod), maType),
    movingAverage(x, Math.max(fastPeriod, slowPeriod), maType)
  ];
}

const options = () => [
  intOption('optInFastPeriod', 'fastperiod', 12, 2),
  intOption('optInSlowPeriod', 'slowperiod', 26, 2),
  maTypeOption('optInMAType', 'matype')
];

/** `ta.APO(close, 12, 26, 0)` */
export const APO: TaFunctionSpec = {
  name: 'APO',
  group: 'Momentum Indicators',
  doc: 'Absolute Price Oscillator',
  inputs: [real()],
  options: options(),
  outputs: ['outReal'],
  integerOutputs: false,
  compute([x], [fastPeriod, slowPeriod, maType]) {
    const [fast, slow] = fastAndSlow(x, fastPeriod, slowPeriod, maType);
    const out = nanSeries(x.length);
    for (let i = 0; i < out.length; i++) if (!Number.isNaN(slow[i])) out[i] = fast[i] - slow[i];
    return [out];
  }
};

/** `ta.PPO(close, 12, 26, 0)` */
export const PPO: TaFunctionSpec = {
  name: 'PPO',
  group: 'Momentum Indicators',
  doc: 'Percentage Price Oscillator',
  inputs: [real()],
  options: options(),
  outputs: ['outReal'],
  integerOutputs: false,
  compute([x], [fastPeriod, slowPeriod, maType]) {
    const [fast, slow] = fastAndSlow(x, fastPeriod, slowPeriod, maType);
    const out = nanSeries(x.length);
    for (let i = 0; i < out.length; i++) {
      const s = slow[i];
      if (Number.isNaN(s)) continue;
      out[i] = s > -1e-8 && s < 1e-8 ? 0 : ((fast[i] - s) / s) * 100;
    }
    return [out];
  }
};

/** `ta.TRIX(close, 30)` — one-bar percent change of a triple-smoothed EMA. */
export const TRIX: TaFunctionSpec = {
  name: 'TRIX',
  group: 'Momentum Indicators',
  doc: '1-day Rate-Of-Change (ROC) of a Triple Smooth EMA',
  inputs: [real()],
  options: [timePeriod(30, 1)],
  outputs: ['outReal'],
  integerOutputs: false,
  compute([x], [period]) {
    const lag = period - 1;
    const ema1 = ema(x, period);
    const ema2 = applyFrom(ema1, lag, (tail) => ema(tail, period));
    const ema3 = applyFrom(ema2, 2 * lag, (tail) => ema(tail, period));
    const out = nanSeries(x.length);
    for (let i = 3 * lag + 1; i < out.length; i++) {
      const prev = ema3[i - 1];
      out[i] = prev !== 0 ? (ema3[i] / prev - 1) * 100 : 0;
    }
    return [out];
  }
};
