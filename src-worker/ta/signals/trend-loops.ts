import { nanSeries, price, real } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';
import { SIGNAL_GROUPS, SIGNAL_WINDOW_SCAN_MAX, period } from './groups.js';
import { rollingMax, rollingMin } from './window-extremes.js';

const group = SIGNAL_GROUPS.trend;

/**
 * Ehlers' FRAMA over an even window n: the fractal dimension D of the window from the
 * ranges of its two halves and of the whole, α = clamp(e^(−4.6·(D − 1)), 0.01, 1),
 * FRAMA = α·close + (1 − α)·FRAMA; the first value (bar n − 1) is the close itself.
 */
function frama(x: Float64Array, n: number): Float64Array {
  const out = nanSeries(x.length);
  if (x.length < n) return out;
  const half = n / 2;
  const [halfHigh, halfLow] = [rollingMax(x, half), rollingMin(x, half)];
  const log2 = Math.log(2);
  let value = (out[n - 1] = x[n - 1]);
  for (let i = n; i < x.length; i++) {
    const older = (halfHigh[i - half] - halfLow[i - half]) / half;
    const newer = (halfHigh[i] - halfLow[i]) / half;
    // The whole window is the two halves: its range comes from theirs. One logarithm of the
    // ratio instead of trading-signals' difference of two agrees with it to rounding.
    const whole = (Math.max(halfHigh[i], halfHigh[i - half]) - Math.min(halfLow[i], halfLow[i - half])) / n;
    const dimension = older === 0 || newer === 0 ? 1 : Math.log((older + newer) / whole) / log2;
    const alpha = Math.min(Math.max(Math.exp(-4.6 * (dimension - 1)), 0.01), 1);
    out[i] = value = alpha * x[i] + (1 - alpha) * value;
  }
  return out;
}

/** Vertical Horizontal Filter: (highest − lowest close of the last n) / Σ |Δclose| over them; 0 when the path is 0. */
function vhf(x: Float64Array, n: number): Float64Array {
  const out = nanSeries(x.length);
  const [high, low] = [rollingMax(x, n), rollingMin(x, n)];
  let [path, moving] = [0, 0];
  for (let i = 1; i < x.length; i++) {
    const change = Math.abs(x[i] - x[i - 1]);
    path += change;
    if (change !== 0) moving++;
    if (i > n) {
      const leaving = Math.abs(x[i - n] - x[i - n - 1]);
      path -= leaving;
      if (leaving !== 0) moving--;
    }
    // Counting the moves keeps a motionless window at exactly 0 whatever the rounding of the running sum.
    if (i >= n) out[i] = moving === 0 ? 0 : (high[i] - low[i]) / path;
  }
  return out;
}

/**
 * Random Walk Index: for every stretch s = 2…n, (high − low s − 1 bars ago) and
 * (high s − 1 bars ago − low) over ATR(s)·√s, the largest of each kept; trading-signals'
 * ATR of every stretch is carried along, so a bar costs O(n).
 */
function rwi(high: Float64Array, low: Float64Array, close: Float64Array, n: number): Float64Array[] {
  const bars = close.length;
  const [up, down] = [nanSeries(bars), nanSeries(bars)];
  const atr = new Float64Array(n + 1);
  const drift = new Float64Array(n + 1);
  for (let s = 2; s <= n; s++) drift[s] = Math.sqrt(s);
  let trSum = 0;
  for (let i = 0; i < bars; i++) {
    const tr =
      i === 0
        ? high[0] - low[0]
        : Math.max(high[i] - low[i], Math.abs(high[i] - close[i - 1]), Math.abs(low[i] - close[i - 1]));
    trSum += tr;
    for (let s = 2; s <= n; s++) {
      if (i === s - 1) atr[s] = trSum / s;
      else if (i >= s) atr[s] = (tr - atr[s]) * (1 / s) + atr[s];
    }
    if (i < n) continue;
    let highest = -Infinity;
    let lowest = -Infinity;
    for (let s = 2; s <= n; s++) {
      if (atr[s] === 0) continue;
      const expected = atr[s] * drift[s];
      const start = i - s + 1;
      highest = Math.max(highest, (high[i] - low[start]) / expected);
      lowest = Math.max(lowest, (high[start] - low[i]) / expected);
    }
    // No stretch with a range (every ATR 0) reads 0, as in trading-signals.
    up[i] = highest === -Infinity ? 0 : highest;
    down[i] = lowest === -Infinity ? 0 : lowest;
  }
  return [up, down];
}

/** Typed-array loops for the adaptive average, the trend filter and the random walk index. */
export const trendLoops: readonly TaFunctionSpec[] = [
  {
    name: 'FRAMA',
    group,
    doc: "Ehlers' Fractal Adaptive Moving Average (its two half windows need an even period: an odd one is rounded up)",
    inputs: [real()],
    options: [period('interval', 16, 2)],
    outputs: ['outFRAMA'],
    integerOutputs: false,
    compute: ([x], [n]) => [frama(x, n + (n % 2))]
  },
  {
    name: 'RWI',
    group,
    doc: 'Random Walk Index → [high, low]',
    inputs: [price('inPriceHLC', 'high', 'low', 'close')],
    options: [period('interval', 14, 1, SIGNAL_WINDOW_SCAN_MAX)],
    outputs: ['outHigh', 'outLow'],
    integerOutputs: false,
    compute: ([high, low, close], [n]) => rwi(high, low, close, n)
  },
  {
    name: 'VHF',
    group,
    doc: 'Vertical Horizontal Filter (trending vs ranging)',
    inputs: [real()],
    options: [period('interval', 28)],
    outputs: ['outVHF'],
    integerOutputs: false,
    compute: ([x], [n]) => [vhf(x, n)]
  }
];
