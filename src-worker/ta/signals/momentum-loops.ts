import { nanSeries, price, real } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';
import { SIGNAL_GROUPS, period } from './groups.js';

const group = SIGNAL_GROUPS.momentum;

/**
 * Accelerator Oscillator: AO − SMA(AO, signal), AO = SMA(hl2, short) − SMA(hl2, long).
 * As in trading-signals, a bar whose AO is exactly 0 has no value and is left out of the signal's window.
 */
function ac(high: Float64Array, low: Float64Array, short: number, long: number, signal: number): Float64Array {
  const bars = high.length;
  const out = nanSeries(bars);
  // hl2 and both running SMAs in the same pass as the signal (the value leaving a window is hl2 recomputed, bit for bit the same).
  const fed = new Float64Array(bars);
  let fastSum = 0;
  let slowSum = 0;
  let count = 0;
  for (let i = 0; i < bars; i++) {
    const median = (low[i] + high[i]) / 2;
    fastSum += median;
    slowSum += median;
    if (i >= short) fastSum -= (low[i - short] + high[i - short]) / 2;
    if (i >= long) slowSum -= (low[i - long] + high[i - long]) / 2;
    if (i < long - 1 || i < short - 1) continue;
    const ao = fastSum / short - slowSum / long;
    if (ao === 0 || Number.isNaN(ao)) continue;
    fed[count++] = ao;
    if (count < signal) continue;
    let sum = 0;
    for (let j = count - signal; j < count; j++) sum += fed[j];
    out[i] = ao - sum / signal;
  }
  return out;
}

/** Ehlers' Center of Gravity: Σ price·(position from the oldest, 1…) / Σ price over the last n (fewer at the start); reported once SMA(cg, signal) has its window. */
function cg(x: Float64Array, n: number, signal: number): Float64Array {
  const out = nanSeries(x.length);
  for (let i = signal - 1; i < x.length; i++) {
    const from = Math.max(0, i - n + 1);
    let nominator = 0;
    let denominator = 0;
    for (let j = from; j <= i; j++) {
      nominator = nominator + x[j] * (j - from + 1);
      denominator = denominator + x[j];
    }
    out[i] = denominator > 0 ? nominator / denominator : 0;
  }
  return out;
}

/** trading-signals' WMA (newest weight n) of x from bar `first` on, each window summed afresh oldest first. */
function freshWma(x: Float64Array, n: number, first: number): Float64Array {
  const out = nanSeries(x.length);
  const weights = (n * (n + 1)) / 2;
  for (let i = first + n - 1; i < x.length; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum = sum + x[i - n + 1 + j] * (j + 1);
    out[i] = sum / weights;
  }
  return out;
}

/** Rate of change as a fraction, (x − x[n bars ago]) / x[n bars ago]. */
const rocAt = (x: Float64Array, i: number, n: number): number => (x[i] - x[i - n]) / x[i - n];

/** Coppock Curve: WMA((ROC(long) + ROC(short)) · 100, wma). */
function coppock(x: Float64Array, longRoc: number, shortRoc: number, wma: number): Float64Array {
  const first = Math.max(longRoc, shortRoc);
  const sum = new Float64Array(x.length);
  for (let i = first; i < x.length; i++) sum[i] = (rocAt(x, i, longRoc) + rocAt(x, i, shortRoc)) * 100;
  return freshWma(sum, wma, first);
}

/**
 * Know Sure Thing: 100 · Σ weight k (1…4) · SMA(ROC(roc k), sma k). The four ROCs and their
 * running window sums are carried in one loop; each ROC is kept for as long as its window needs it.
 */
function kst(x: Float64Array, options: readonly number[]): Float64Array {
  const bars = x.length;
  const out = nanSeries(bars);
  const total = new Float64Array(bars);
  const roc = new Float64Array(bars);
  let start = 0;
  for (let k = 0; k < 4; k++) start = Math.max(start, options[k] + options[k + 4] - 1);
  if (start >= bars) return out;
  // One tight pass per ROC/SMA pair, each adding its weighted mean into the total (one scratch ROC line reused).
  for (let k = 0; k < 4; k++) {
    const rocInterval = options[k];
    const smaInterval = options[k + 4];
    const weight = k + 1;
    let sum = 0;
    for (let i = rocInterval; i < bars; i++) {
      const change = (x[i] - x[i - rocInterval]) / x[i - rocInterval];
      roc[i] = change;
      sum += change;
      if (i >= rocInterval + smaInterval) sum -= roc[i - smaInterval];
      total[i] += weight * (sum / smaInterval);
    }
  }
  for (let i = start; i < bars; i++) out[i] = total[i] * 100;
  return out;
}

/** Typed-array loops for the SMA-, WMA- and ROC-built momentum oscillators. */
export const momentumLoops: readonly TaFunctionSpec[] = [
  {
    name: 'AC',
    group,
    doc: 'Accelerator Oscillator: AO − SMA(AO, signal)',
    inputs: [price('inPriceHL', 'high', 'low')],
    options: [period('shortAO', 5), period('longAO', 34), period('signalInterval', 5)],
    outputs: ['outAC'],
    integerOutputs: false,
    compute: ([high, low], [short, long, signal]) => [ac(high, low, short, long, signal)]
  },
  {
    name: 'CG',
    group,
    doc: "Ehlers' Center of Gravity oscillator",
    inputs: [real()],
    options: [period('interval', 10), period('signalInterval', 3)],
    outputs: ['outCG'],
    integerOutputs: false,
    compute: ([x], [n, signal]) => [cg(x, n, signal)]
  },
  {
    name: 'COPPOCK',
    group,
    doc: 'Coppock Curve: WMA(ROC(long) + ROC(short))',
    inputs: [real()],
    options: [period('longRocInterval', 14), period('shortRocInterval', 11), period('wmaInterval', 10)],
    outputs: ['outCoppock'],
    integerOutputs: false,
    compute: ([x], [longRoc, shortRoc, wma]) => [coppock(x, longRoc, shortRoc, wma)]
  },
  {
    name: 'KST',
    group,
    doc: 'Know Sure Thing: weighted sum of four smoothed ROCs',
    inputs: [real()],
    options: ['roc1', 'roc2', 'roc3', 'roc4', 'sma1', 'sma2', 'sma3', 'sma4'].map((name, i) =>
      period(name, [10, 15, 20, 30, 10, 10, 10, 15][i])
    ),
    outputs: ['outKST'],
    integerOutputs: false,
    compute: ([x], options) => [kst(x, options)]
  }
];
