import { timePeriod } from '../core/options.js';
import { nanSeries, real } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';

const isZero = (v: number) => v > -1e-8 && v < 1e-8;

/**
 * Wilder-smoothed average gain and loss, handed to `score` for each bar from `period` on.
 * The first averages are plain means of the first `period` changes.
 */
function gainLossOscillator(
  x: Float64Array,
  period: number,
  score: (gain: number, loss: number) => number
): Float64Array {
  const n = x.length;
  const out = nanSeries(n);
  if (n <= period) return out;
  let gain = 0;
  let loss = 0;
  for (let i = 1; i <= period; i++) {
    const change = x[i] - x[i - 1];
    if (change < 0) loss -= change;
    else gain += change;
  }
  loss /= period;
  gain /= period;
  out[period] = score(gain, loss);
  for (let i = period + 1; i < n; i++) {
    const change = x[i] - x[i - 1];
    loss *= period - 1;
    gain *= period - 1;
    if (change < 0) loss -= change;
    else gain += change;
    loss /= period;
    gain /= period;
    out[i] = score(gain, loss);
  }
  return out;
}

/** Wilder's relative strength index: `rsi(close, 14)`. */
export function rsi(x: Float64Array, period: number): Float64Array {
  return gainLossOscillator(x, period, (gain, loss) => {
    const total = gain + loss;
    return isZero(total) ? 0 : 100 * (gain / total);
  });
}

/** `ta.RSI(close, 14)` */
export const RSI: TaFunctionSpec = {
  name: 'RSI',
  group: 'Momentum Indicators',
  doc: 'Relative Strength Index',
  inputs: [real()],
  options: [timePeriod(14)],
  outputs: ['outReal'],
  integerOutputs: false,
  compute: ([x], [period]) => [rsi(x, period)]
};

/** `ta.CMO(close, 14)` */
export const CMO: TaFunctionSpec = {
  name: 'CMO',
  group: 'Momentum Indicators',
  doc: 'Chande Momentum Oscillator',
  inputs: [real()],
  options: [timePeriod(14)],
  outputs: ['outReal'],
  integerOutputs: false,
  compute: ([x], [period]) => [
    gainLossOscillator(x, period, (gain, loss) => {
      const total = gain + loss;
      return isZero(total) ? 0 : 100 * ((gain - loss) / total);
    })
  ]
};
