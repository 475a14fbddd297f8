import { nanSeries, price, real } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';
import { SIGNAL_GROUPS, factor, period } from './groups.js';

const group = SIGNAL_GROUPS.trend;

/**
 * trading-signals' WSMA (Wilder's smoothing seeded with the mean of the first n values) of x,
 * written straight into `out` `shift` bars later from bar `start` on (no intermediate line to copy).
 */
function shiftedWsma(x: Float64Array, n: number, shift: number, start: number, out: Float64Array): void {
  const bars = x.length;
  if (bars < n) return;
  let value = 0;
  for (let j = 0; j < n; j++) value += x[j];
  value /= n;
  const smoothing = 1 / n;
  if (n - 1 + shift >= start && n - 1 + shift < bars) out[n - 1 + shift] = value;
  for (let i = n; i + shift < bars; i++) {
    value = (x[i] - value) * smoothing + value;
    if (i + shift >= start) out[i + shift] = value;
  }
}

/** Williams Alligator on hl2: each line a WSMA read `shift` bars later; every line has a value once all three do. */
function alligator(high: Float64Array, low: Float64Array, options: readonly number[]): Float64Array[] {
  const bars = high.length;
  const median = new Float64Array(bars);
  for (let i = 0; i < bars; i++) median[i] = (high[i] + low[i]) / 2;
  const jawInterval = options[0],
    jawShift = options[1],
    teethInterval = options[2];
  const teethShift = options[3],
    lipsInterval = options[4],
    lipsShift = options[5];
  const start = Math.max(jawInterval + jawShift, teethInterval + teethShift, lipsInterval + lipsShift) - 1;
  const jaw = nanSeries(bars);
  const teeth = nanSeries(bars);
  const lips = nanSeries(bars);
  shiftedWsma(median, jawInterval, jawShift, start, jaw);
  shiftedWsma(median, teethInterval, teethShift, start, teeth);
  shiftedWsma(median, lipsInterval, lipsShift, start, lips);
  return [jaw, teeth, lips];
}

/** Arnaud Legoux MA: Gaussian weights e^(−(i − offset·(n − 1))² / (2·(n/σ)²)), oldest first; the weights differ per position, so each bar weighs its n values. */
function alma(x: Float64Array, n: number, offset: number, sigma: number): Float64Array {
  const out = nanSeries(x.length);
  const [peak, spread] = [offset * (n - 1), n / sigma];
  const weights = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    weights[i] = Math.exp(-((i - peak) ** 2) / (2 * spread ** 2));
    total += weights[i];
  }
  for (let i = n - 1; i < x.length; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum = sum + x[i - n + 1 + j] * weights[j];
    out[i] = sum / total;
  }
  return out;
}

/** Ehlers' two-pole Super Smoother; its first two values are the prices themselves, as in trading-signals, which reports from the first bar. */
function superSmoother(x: Float64Array, n: number): Float64Array {
  const out = nanSeries(x.length);
  const angle = (Math.SQRT2 * Math.PI) / n;
  const a1 = Math.exp(-angle);
  const c2 = 2 * a1 * Math.cos(angle);
  const c3 = -a1 * a1;
  const c1 = 1 - c2 - c3;
  for (let i = 0; i < x.length; i++)
    out[i] = i < 2 ? x[i] : c1 * ((x[i] + x[i - 1]) / 2) + c2 * out[i - 1] + c3 * out[i - 2];
  return out;
}

/** Vortex: Σ |high − previous low| and Σ |low − previous high| over n bars, each ÷ Σ true range; both 0 when the ranges are. */
function vortex(high: Float64Array, low: Float64Array, close: Float64Array, n: number): Float64Array[] {
  const bars = close.length;
  const plus = nanSeries(bars);
  const minus = nanSeries(bars);
  const range = new Float64Array(bars);
  // One pass with running sums (the movements leaving the window are recomputed, bit for bit the same);
  // counting the bars with a range keeps a rangeless window at exactly 0 whatever the rounding.
  let upSum = 0,
    downSum = 0,
    total = 0,
    ranged = 0;
  for (let i = 1; i < bars; i++) {
    const previousClose = close[i - 1];
    const barRange = Math.max(high[i] - low[i], Math.abs(high[i] - previousClose), Math.abs(low[i] - previousClose));
    range[i] = barRange;
    upSum += Math.abs(high[i] - low[i - 1]);
    downSum += Math.abs(low[i] - high[i - 1]);
    total += barRange;
    if (barRange !== 0) ranged++;
    if (i > n) {
      const leaving = i - n;
      upSum -= Math.abs(high[leaving] - low[leaving - 1]);
      downSum -= Math.abs(low[leaving] - high[leaving - 1]);
      total -= range[leaving];
      if (range[leaving] !== 0) ranged--;
    }
    if (i < n) continue;
    plus[i] = ranged === 0 ? 0 : upSum / total;
    minus[i] = ranged === 0 ? 0 : downSum / total;
  }
  return [plus, minus];
}

/** Chande's VIDYA: an EMA whose factor 2/(n + 1) is scaled by |CMO(n)|/100, started from the first price. */
function vidya(x: Float64Array, n: number): Float64Array {
  const out = nanSeries(x.length);
  if (x.length === 0) return out;
  const k = 2 / (n + 1);
  let value = x[0];
  // Running sums of the last n gains and losses; `moves` counts the changes that are not 0, so a still window reads exactly 0.
  let gains = 0,
    losses = 0,
    moves = 0;
  for (let i = 1; i < x.length; i++) {
    const change = x[i] - x[i - 1];
    if (change > 0) gains += change;
    else losses -= change;
    if (change !== 0) moves++;
    if (i > n) {
      const leaving = x[i - n] - x[i - n - 1];
      if (leaving > 0) gains -= leaving;
      else losses += leaving;
      if (leaving !== 0) moves--;
    }
    if (i < n) continue;
    const cmo = moves === 0 ? 0 : (100 * (gains - losses)) / (gains + losses);
    const smoothing = k * (Math.abs(cmo) / 100);
    out[i] = value = smoothing * x[i] + (1 - smoothing) * value;
  }
  return out;
}

/** Typed-array loops for the trend overlays. */
export const trendOverlays: readonly TaFunctionSpec[] = [
  {
    name: 'ALLIGATOR',
    group,
    doc: 'Williams Alligator on hl2 (SMMA lines, each shifted by its shift) → [jaw, teeth, lips]',
    inputs: [price('inPriceHL', 'high', 'low')],
    options: [
      period('jawInterval', 13),
      period('jawShift', 8, 0),
      period('teethInterval', 8),
      period('teethShift', 5, 0),
      period('lipsInterval', 5),
      period('lipsShift', 3, 0)
    ],
    outputs: ['outJaw', 'outTeeth', 'outLips'],
    integerOutputs: false,
    compute: ([high, low], options) => alligator(high, low, options)
  },
  {
    name: 'ALMA',
    group,
    doc: 'Arnaud Legoux Moving Average (Gaussian weights)',
    inputs: [real()],
    options: [period('interval', 9), factor('offset', 0.85, 0, 1), factor('sigma', 6, 0.01, 100)],
    outputs: ['outALMA'],
    integerOutputs: false,
    compute: ([x], [n, offset, sigma]) => [alma(x, n, offset, sigma)]
  },
  {
    name: 'SUPERSMOOTHER',
    group,
    doc: "Ehlers' two-pole Super Smoother filter",
    inputs: [real()],
    options: [period('interval', 10)],
    outputs: ['outSuperSmoother'],
    integerOutputs: false,
    compute: ([x], [n]) => [superSmoother(x, n)]
  },
  {
    name: 'VI',
    group,
    doc: 'Vortex Indicator → [VI+, VI−]',
    inputs: [price('inPriceHLC', 'high', 'low', 'close')],
    options: [period('interval', 14)],
    outputs: ['outPlus', 'outMinus'],
    integerOutputs: false,
    compute: ([high, low, close], [n]) => vortex(high, low, close, n)
  },
  {
    name: 'VIDYA',
    group,
    doc: "Chande's Variable Index Dynamic Average (CMO-scaled EMA)",
    inputs: [real()],
    options: [period('interval', 9)],
    outputs: ['outVIDYA'],
    integerOutputs: false,
    compute: ([x], [n]) => [vidya(x, n)]
  }
];
