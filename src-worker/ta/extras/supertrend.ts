import { unboundedReal } from '../core/options.js';
import { intOption, nanSeries, price } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';
import { atr } from '../volatility/true-range.js';

/** Supertrend line and direction (+1 up, -1 down). */
export interface Supertrend {
  line: Float64Array;
  direction: Float64Array;
}

/**
 * TradingView's Supertrend on hl2 with TA-Lib's ATR: bands at hl2 ± multiplier × ATR
 * that only ratchet toward price until the previous close breaks them; the line
 * follows the lower band in an uptrend and the upper band in a downtrend. The
 * first bar with an ATR starts in a downtrend, as on TradingView.
 */
export function supertrend(
  high: Float64Array,
  low: Float64Array,
  close: Float64Array,
  period: number,
  multiplier: number
): Supertrend {
  const n = close.length;
  const line = nanSeries(n);
  const direction = nanSeries(n);
  const range = atr(high, low, close, period);
  let upper = 0;
  let lower = 0;
  let up = false;
  for (let i = period; i < n; i++) {
    const mid = (high[i] + low[i]) / 2;
    const rawUpper = mid + multiplier * range[i];
    const rawLower = mid - multiplier * range[i];
    if (i === period) {
      upper = rawUpper;
      lower = rawLower;
      up = false;
    } else {
      const prevClose = close[i - 1];
      lower = rawLower > lower || prevClose < lower ? rawLower : lower;
      upper = rawUpper < upper || prevClose > upper ? rawUpper : upper;
      up = up ? close[i] >= lower : close[i] > upper;
    }
    line[i] = up ? lower : upper;
    direction[i] = up ? 1 : -1;
  }
  return { line, direction };
}

/** Supertrend (TradingView definition; direction +1 up / -1 down): `ta.SUPERTREND(high, low, close, 10, 3)`. */
export const SUPERTREND: TaFunctionSpec = {
  name: 'SUPERTREND',
  group: 'FluxScan Extras',
  doc: 'Supertrend (hl2 ± multiplier × ATR); direction +1 up, -1 down',
  inputs: [price('inPriceHLC', 'high', 'low', 'close')],
  options: [intOption('optInTimePeriod', 'timeperiod', 10, 1), unboundedReal('optInMultiplier', 'multiplier', 3, 0)],
  outputs: ['outSupertrend', 'outDirection'],
  integerOutputs: false,
  compute: ([high, low, close], [period, multiplier]) => {
    const { line, direction } = supertrend(high, low, close, period, multiplier);
    return [line, direction];
  }
};
