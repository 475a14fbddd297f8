import { ema } from '../core/moving-averages.js';
import { unboundedReal } from '../core/options.js';
import { intOption, nanSeries, price } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';
import { atr } from '../volatility/true-range.js';

/**
 * Keltner Channels: EMA(close) ± multiplier × ATR, both as TA-Lib computes them,
 * NaN until both have a value: `ta.KELTNER(high, low, close, 20, 2, 10)`.
 */
export const KELTNER: TaFunctionSpec = {
  name: 'KELTNER',
  group: 'FluxScan Extras',
  doc: 'Keltner Channels: EMA(close) ± multiplier × ATR',
  inputs: [price('inPriceHLC', 'high', 'low', 'close')],
  options: [
    intOption('optInTimePeriod', 'timeperiod', 20, 2),
    unboundedReal('optInMultiplier', 'multiplier', 2, 0),
    intOption('optInATRPeriod', 'atrperiod', 10, 1)
  ],
  outputs: ['outUpper', 'outMiddle', 'outLower'],
  integerOutputs: false,
  compute: ([high, low, close], [period, multiplier, atrPeriod]) => {
    const n = close.length;
    const middle = ema(close, period);
    const range = atr(high, low, close, atrPeriod);
    const upper = nanSeries(n);
    const lower = nanSeries(n);
    for (let i = Math.max(period - 1, atrPeriod); i < n; i++) {
      upper[i] = middle[i] + multiplier * range[i];
      lower[i] = middle[i] - multiplier * range[i];
    }
    // The middle line alone would start earlier; keep all three bands aligned.
    middle.fill(NaN, 0, Math.min(n, atrPeriod));
    return [upper, middle, lower];
  }
};
