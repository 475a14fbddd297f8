import { intOption, nanSeries, price } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';
import { highest, lowest } from '../math/window-extremes.js';

/** Donchian Channels, the current bar included: `ta.DONCHIAN(high, low, 20)`. */
export const DONCHIAN: TaFunctionSpec = {
  name: 'DONCHIAN',
  group: 'FluxScan Extras',
  doc: 'Donchian Channels: highest high, midpoint, lowest low over the period',
  inputs: [price('inPriceHL', 'high', 'low')],
  options: [intOption('optInTimePeriod', 'timeperiod', 20, 1)],
  outputs: ['outUpper', 'outMiddle', 'outLower'],
  integerOutputs: false,
  rescansWindow: true,
  compute: ([high, low], [period]) => {
    const upper = highest(high, period);
    const lower = lowest(low, period);
    const middle = nanSeries(high.length);
    for (let i = period - 1; i < middle.length; i++) middle[i] = (upper[i] + lower[i]) / 2;
    return [upper, middle, lower];
  }
};
