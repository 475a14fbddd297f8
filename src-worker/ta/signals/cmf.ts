import { nanSeries, price } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';
import { SIGNAL_GROUPS, period } from './groups.js';

/**
 * Chaikin Money Flow: Σ money-flow volume / Σ volume over the last n bars, where a
 * bar's money-flow volume is ((close − low) − (high − close)) / (high − low) × volume
 * and a bar with high = low contributes 0; 0 when the window has no volume.
 */
export function cmf(
  high: Float64Array,
  low: Float64Array,
  close: Float64Array,
  volume: Float64Array,
  n: number
): Float64Array {
  const bars = close.length;
  const out = nanSeries(bars);
  const flow = new Float64Array(bars);
  let flowSum = 0;
  let volumeSum = 0;
  for (let i = 0; i < bars; i++) {
    const range = high[i] - low[i];
    flow[i] = range === 0 ? 0 : ((close[i] - low[i] - (high[i] - close[i])) / range) * volume[i];
    flowSum += flow[i];
    volumeSum += volume[i];
    if (i >= n) {
      flowSum -= flow[i - n];
      volumeSum -= volume[i - n];
    }
    if (i >= n - 1) out[i] = volumeSum === 0 ? 0 : flowSum / volumeSum;
  }
  return out;
}

/** `ta.CMF(high, low, close, volume, 20)`. */
export const CMF: TaFunctionSpec = {
  name: 'CMF',
  group: SIGNAL_GROUPS.volume,
  doc: 'Chaikin Money Flow: Σ money-flow volume / Σ volume over n (a bar with high = low counts 0)',
  inputs: [price('inPriceHLCV', 'high', 'low', 'close', 'volume')],
  options: [period('interval', 20)],
  outputs: ['outCMF'],
  integerOutputs: false,
  compute: ([high, low, close, volume], [n]) => [cmf(high, low, close, volume, n)]
};
