import { nanSeries, price, real } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';
import { SIGNAL_GROUPS, factor } from './groups.js';

/**
 * TD Sequential setup as trading-signals counts it: from the 5th bar on, a close above
 * (below) the close 4 bars earlier extends a bullish (bearish) count or restarts it at 1
 * after the other direction; an equal close changes nothing. A count reaching 9 reports
 * +1 (−1) on that bar and starts over. Outputs [setup ±1 or 0, signed running count].
 */
export const TDS: TaFunctionSpec = {
  name: 'TDS',
  group: SIGNAL_GROUPS.momentum,
  doc: 'TD Sequential setup → [setup: +1 bullish / −1 bearish 9-count completed, else 0; running count, signed]',
  inputs: [real()],
  options: [],
  outputs: ['outSetup', 'outCount'],
  integerOutputs: false,
  compute: ([close]) => {
    const setup = nanSeries(close.length);
    const count = nanSeries(close.length);
    let [run, direction] = [0, 0];
    for (let i = 4; i < close.length; i++) {
      const side = close[i] > close[i - 4] ? 1 : close[i] < close[i - 4] ? -1 : 0;
      if (side !== 0) {
        run = direction === -side ? 1 : run + 1;
        direction = side;
      }
      setup[i] = 0;
      if (run >= 9) {
        setup[i] = direction;
        count[i] = 9 * direction;
        [run, direction] = [0, 0];
      } else {
        count[i] = direction === -1 ? -run : run;
      }
    }
    return [setup, count];
  }
};

/**
 * ZigZag as trading-signals tracks it: the swing reverses when the low falls `deviation` %
 * of the swing's range below the extreme (up swings) or the high rises that far above it
 * (down swings); the reversal bar reports the confirmed pivot's price. The first bar starts
 * a down swing. Outputs [pivot price or NaN, swing +1 up / −1 down].
 */
export const ZIGZAG: TaFunctionSpec = {
  name: 'ZIGZAG',
  group: SIGNAL_GROUPS.trend,
  doc: 'ZigZag → [pivot price on the bar that confirms it, else NaN; swing: +1 up / −1 down]; deviation in percent',
  inputs: [price('inPriceHL', 'high', 'low')],
  options: [factor('deviation', 5, 0.01, 100)],
  outputs: ['outPivot', 'outSwing'],
  integerOutputs: false,
  compute: ([high, low], [deviation]) => {
    const pivot = nanSeries(high.length);
    const swing = nanSeries(high.length);
    let up = false;
    let [highest, lowest] = [high[0], low[0]];
    for (let i = 0; i < high.length; i++) {
      if (up) {
        const reversal = lowest + ((highest - lowest) * (100 - deviation)) / 100;
        if (high[i] > highest) highest = high[i];
        else if (low[i] < reversal) {
          up = false;
          lowest = low[i];
          pivot[i] = highest;
        }
      } else {
        const reversal = low[i] + ((highest - low[i]) * deviation) / 100;
        if (low[i] < lowest) lowest = low[i];
        else if (high[i] > reversal) {
          up = true;
          highest = high[i];
          pivot[i] = lowest;
        }
      }
      swing[i] = up ? 1 : -1;
    }
    return [pivot, swing];
  }
};
