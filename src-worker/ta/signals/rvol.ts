import { nanSeries, real } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';
import { SIGNAL_GROUPS, period } from './groups.js';

/** Relative volume: volume ÷ the mean volume of the n bars before it; NaN when that mean is 0. */
export function rvol(volume: Float64Array, n: number): Float64Array {
  const out = nanSeries(volume.length);
  let priorSum = 0;
  for (let i = 0; i < volume.length; i++) {
    if (i >= n) {
      const baseline = priorSum / n;
      if (baseline !== 0) out[i] = volume[i] / baseline;
      priorSum -= volume[i - n];
    }
    priorSum += volume[i];
  }
  return out;
}

/** `ta.RVOL(volume, 20)`. */
export const RVOL: TaFunctionSpec = {
  name: 'RVOL',
  group: SIGNAL_GROUPS.volume,
  doc: 'Relative Volume: volume ÷ mean volume of the n bars before it',
  inputs: [real('inVolume')],
  options: [period('period', 20)],
  outputs: ['outRVOL'],
  integerOutputs: false,
  compute: ([volume], [n]) => [rvol(volume, n)]
};
