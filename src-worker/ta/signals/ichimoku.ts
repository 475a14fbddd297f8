import { intOption, nanSeries, price } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';
import { SIGNAL_GROUPS, SIGNAL_MAX_PERIOD, period } from './groups.js';
import { rollingMax, rollingMin } from './window-extremes.js';

/** Midpoint of the highest high and the lowest low of the last `n` bars. */
function midpoint(high: Float64Array, low: Float64Array, n: number): Float64Array {
  const highest = rollingMax(high, n);
  const lowest = rollingMin(low, n);
  for (let i = 0; i < highest.length; i++) highest[i] = (highest[i] + lowest[i]) / 2;
  return highest;
}

/**
 * Ichimoku Kinkō Hyō with every line placed at the bar it is computed from (no
 * forward shift), all starting once the longest window is full, as trading-signals
 * does: `ta.ICHIMOKU(high, low, close, 9, 26, 52, 26)` →
 * [conversion (tenkan), base (kijun), span A, span B, lagging (the close)].
 * `displacement` is not used by the values: `@plot` draws the spans that many
 * bars forward and the lagging line that many bars back.
 */
export const ICHIMOKU: TaFunctionSpec = {
  name: 'ICHIMOKU',
  group: SIGNAL_GROUPS.trend,
  doc: 'Ichimoku Cloud → [conversion, base, span A, span B, lagging], unshifted; the chart shifts them by the displacement',
  inputs: [price('inPriceHLC', 'high', 'low', 'close')],
  options: [
    period('conversionInterval', 9),
    period('baseInterval', 26),
    period('spanBInterval', 52),
    intOption('optInDisplacement', 'displacement', 26, 0, SIGNAL_MAX_PERIOD)
  ],
  outputs: ['outConversion', 'outBase', 'outSpanA', 'outSpanB', 'outLagging'],
  integerOutputs: false,
  compute: ([high, low, close], [conversionInterval, baseInterval, spanBInterval]) => {
    const n = close.length;
    const conversion = midpoint(high, low, conversionInterval);
    const base = midpoint(high, low, baseInterval);
    const spanB = midpoint(high, low, spanBInterval);
    const spanA = nanSeries(n);
    const lagging = nanSeries(n);
    const start = Math.max(conversionInterval, baseInterval, spanBInterval) - 1;
    for (let i = start; i < n; i++) {
      spanA[i] = (conversion[i] + base[i]) / 2;
      lagging[i] = close[i];
    }
    const warmUp = Math.min(start, n);
    for (const line of [conversion, base, spanB]) line.fill(NaN, 0, warmUp);
    return [conversion, base, spanA, spanB, lagging];
  }
};
