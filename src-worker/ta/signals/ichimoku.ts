import { intOption, nanSeries, price } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';
import { SIGNAL_GROUPS, SIGNAL_MAX_PERIOD, period } from './groups.js';

/**
 * Midpoint of the highest high and the lowest low of the last `n` bars, from bar n − 1 on
 * (0 before). Both extremes in one van Herk / Gil-Werman pass (see window-extremes.ts): the
 * running extremes to each block's end, then from each block's start, three comparisons a value.
 */
function midpoint(high: Float64Array, low: Float64Array, n: number): Float64Array {
  const bars = high.length;
  const out = new Float64Array(bars);
  if (bars < n) return out;
  const highToEnd = new Float64Array(bars);
  const lowToEnd = new Float64Array(bars);
  for (let start = 0; start < bars; start += n) {
    const end = Math.min(start + n, bars);
    let highest = high[end - 1];
    let lowest = low[end - 1];
    for (let i = end - 1; i >= start; i--) {
      highest = high[i] > highest ? high[i] : highest;
      lowest = low[i] < lowest ? low[i] : lowest;
      highToEnd[i] = highest;
      lowToEnd[i] = lowest;
    }
  }
  for (let start = 0; start < bars; start += n) {
    const end = Math.min(start + n, bars);
    let highest = high[start];
    let lowest = low[start];
    for (let i = start; i < end; i++) {
      highest = high[i] > highest ? high[i] : highest;
      lowest = low[i] < lowest ? low[i] : lowest;
      if (i < n - 1) continue;
      const olderHigh = highToEnd[i - n + 1];
      const olderLow = lowToEnd[i - n + 1];
      out[i] = ((olderHigh > highest ? olderHigh : highest) + (olderLow < lowest ? olderLow : lowest)) / 2;
    }
  }
  return out;
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
