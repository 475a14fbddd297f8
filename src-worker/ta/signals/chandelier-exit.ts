import { price } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';
import { SIGNAL_GROUPS, factor, period } from './groups.js';
import { signalAtr } from './signal-atr.js';
import { rollingMax, rollingMin } from './window-extremes.js';

/**
 * Chandelier Exit: long stop = highest high(n) − m × ATR(n), short stop = lowest
 * low(n) + m × ATR(n), with trading-signals' ATR (see signalAtr); first value at bar n − 1.
 */
export const CE: TaFunctionSpec = {
  name: 'CE',
  group: SIGNAL_GROUPS.trend,
  doc: 'Chandelier Exit → [long stop = HH(n) − m·ATR(n), short stop = LL(n) + m·ATR(n)]',
  inputs: [price('inPriceHLC', 'high', 'low', 'close')],
  options: [period('interval', 22), factor('multiplier', 3, 0, 100)],
  outputs: ['outLongStop', 'outShortStop'],
  integerOutputs: false,
  compute: ([high, low, close], [n, multiplier]) => {
    const atr = signalAtr(high, low, close, n);
    // The highest high and lowest low become the stops in place (NaN stays NaN through the warm-up).
    const longStop = rollingMax(high, n);
    const shortStop = rollingMin(low, n);
    for (let i = n - 1; i < close.length; i++) {
      longStop[i] -= multiplier * atr[i];
      shortStop[i] += multiplier * atr[i];
    }
    return [longStop, shortStop];
  }
};
