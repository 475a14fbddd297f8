import { nanSeries, real } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';
import { SIGNAL_GROUPS, factor, period } from './groups.js';

/**
 * Bollinger Bands as trading-signals computes them (SMA ± multiplier × population σ over
 * n closes), with rolling sums shifted by the first close. A flat window has σ exactly 0,
 * where trading-signals' rounded mean leaves a band of rounding size (and %B noise).
 */
export function bollingerBands(
  close: Float64Array,
  n: number,
  multiplier: number
): { upper: Float64Array; middle: Float64Array; lower: Float64Array } {
  const [upper, middle, lower] = [nanSeries(close.length), nanSeries(close.length), nanSeries(close.length)];
  const shift = close.length > 0 ? close[0] : 0;
  // `moves` counts the bars in the window that differ from the bar before them: 0 is a flat window.
  let [sum, squares, moves] = [0, 0, 0];
  for (let i = 0; i < close.length; i++) {
    const value = close[i] - shift;
    sum += value;
    squares += value * value;
    if (i > 0 && close[i] !== close[i - 1]) moves++;
    if (i >= n) {
      const leaving = close[i - n] - shift;
      sum -= leaving;
      squares -= leaving * leaving;
      if (close[i - n + 1] !== close[i - n]) moves--;
    }
    if (i < n - 1) continue;
    const mean = sum / n;
    const deviation = moves === 0 ? 0 : Math.sqrt(Math.max(0, squares / n - mean * mean));
    middle[i] = mean + shift;
    upper[i] = middle[i] + deviation * multiplier;
    lower[i] = middle[i] - deviation * multiplier;
  }
  return { upper, middle, lower };
}

const options = [period('interval', 20, 2), factor('deviationMultiplier', 2, 0, 100)];

/** Typed-array loops for the Bollinger-based measures. */
export const bollingerLoops: readonly TaFunctionSpec[] = [
  {
    name: 'BBW',
    group: SIGNAL_GROUPS.volatility,
    doc: 'Bollinger Band Width: (upper − lower) / middle',
    inputs: [real()],
    options,
    outputs: ['outBBW'],
    integerOutputs: false,
    compute: ([close], [n, multiplier]) => {
      const { upper, middle, lower } = bollingerBands(close, n, multiplier);
      for (let i = 0; i < close.length; i++) upper[i] = (upper[i] - lower[i]) / middle[i];
      return [upper];
    }
  },
  {
    name: 'PB',
    group: SIGNAL_GROUPS.volatility,
    doc: 'Bollinger %B: (close − lower) / (upper − lower), 0.5 when the bands meet (a flat window)',
    inputs: [real()],
    options,
    outputs: ['outPercentB'],
    integerOutputs: false,
    compute: ([close], [n, multiplier]) => {
      const { upper, lower } = bollingerBands(close, n, multiplier);
      const out = nanSeries(close.length);
      for (let i = n - 1; i < close.length; i++)
        out[i] = upper[i] === lower[i] ? 0.5 : (close[i] - lower[i]) / (upper[i] - lower[i]);
      return [out];
    }
  }
];
