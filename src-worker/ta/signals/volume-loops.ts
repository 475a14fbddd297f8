import { nanSeries, price, real } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';
import { SIGNAL_GROUPS, period } from './groups.js';

const group = SIGNAL_GROUPS.volume;
const closeVolume = price('inPriceCV', 'close', 'volume');

/**
 * A volume index starting at 1000 that moves by the close's % change only on bars
 * whose volume is below (NVI) or above (PVI) the previous bar's.
 */
function volumeIndex(close: Float64Array, volume: Float64Array, onLower: boolean): Float64Array {
  const out = nanSeries(close.length);
  let index = 1000;
  for (let i = 0; i < close.length; i++) {
    if (i > 0 && close[i - 1] !== 0 && (onLower ? volume[i] < volume[i - 1] : volume[i] > volume[i - 1])) {
      index += ((close[i] - close[i - 1]) / close[i - 1]) * index;
    }
    out[i] = index;
  }
  return out;
}

/** Typed-array loops for the volume studies that are plain recurrences or rolling sums. */
export const volumeLoops: readonly TaFunctionSpec[] = [
  {
    name: 'NVI',
    group,
    doc: 'Negative Volume Index (starts at 1000; moves only on lower-volume bars)',
    inputs: [closeVolume],
    options: [],
    outputs: ['outNVI'],
    integerOutputs: false,
    compute: ([close, volume]) => [volumeIndex(close, volume, true)]
  },
  {
    name: 'PVI',
    group,
    doc: 'Positive Volume Index (starts at 1000; moves only on higher-volume bars)',
    inputs: [closeVolume],
    options: [],
    outputs: ['outPVI'],
    integerOutputs: false,
    compute: ([close, volume]) => [volumeIndex(close, volume, false)]
  },
  {
    name: 'PVT',
    group,
    doc: 'Price Volume Trend: Σ volume × % change of close',
    inputs: [closeVolume],
    options: [],
    outputs: ['outPVT'],
    integerOutputs: false,
    compute: ([close, volume]) => {
      const out = nanSeries(close.length);
      let pvt = 0;
      for (let i = 1; i < close.length; i++) {
        if (close[i - 1] !== 0) pvt += volume[i] * ((close[i] - close[i - 1]) / close[i - 1]);
        out[i] = pvt;
      }
      return [out];
    }
  },
  {
    name: 'VROC',
    group,
    doc: 'Volume Rate of Change in percent over n bars (0 when the old volume is 0)',
    inputs: [real()],
    options: [period('interval', 14)],
    outputs: ['outVROC'],
    integerOutputs: false,
    compute: ([volume], [n]) => {
      const out = nanSeries(volume.length);
      for (let i = n; i < volume.length; i++)
        out[i] = volume[i - n] === 0 ? 0 : ((volume[i] - volume[i - n]) / volume[i - n]) * 100;
      return [out];
    }
  },
  {
    name: 'VWMA',
    group,
    doc: 'Volume-Weighted Moving Average: Σ close·volume / Σ volume over n (NaN while the window has no volume)',
    inputs: [closeVolume],
    options: [period('interval', 20)],
    outputs: ['outVWMA'],
    integerOutputs: false,
    compute: ([close, volume], [n]) => {
      const out = nanSeries(close.length);
      let [weighted, total] = [0, 0];
      for (let i = 0; i < close.length; i++) {
        weighted += close[i] * volume[i];
        total += volume[i];
        if (i >= n) {
          weighted -= close[i - n] * volume[i - n];
          total -= volume[i - n];
        }
        if (i >= n - 1 && total !== 0) out[i] = weighted / total;
      }
      return [out];
    }
  }
];
