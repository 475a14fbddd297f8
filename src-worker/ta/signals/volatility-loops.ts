import { nanSeries, price, real } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';
import { SIGNAL_GROUPS, period } from './groups.js';
import { rollingMax, rollingMin } from './window-extremes.js';

const group = SIGNAL_GROUPS.volatility;

// trading-signals' EMA step, written inline in the loops: v = x·k + v·(1 − k), where the first
// step starts from v = x (so it is x·k + x·(1 − k), which can differ from x in the last bit).

/**
 * Choppiness Index: 100 · log10(Σ true range / (highest true high − lowest true low)) / log10(n)
 * over the last n bars (true high/low take in the previous close); 100 on a flat window.
 */
function chop(high: Float64Array, low: Float64Array, close: Float64Array, n: number): Float64Array {
  const bars = close.length;
  const out = nanSeries(bars);
  if (bars <= n) return out;
  const [trueHigh, trueLow] = [new Float64Array(bars - 1), new Float64Array(bars - 1)];
  for (let i = 1; i < bars; i++) {
    trueHigh[i - 1] = Math.max(high[i], close[i - 1]);
    trueLow[i - 1] = Math.min(low[i], close[i - 1]);
  }
  const [highest, lowest] = [rollingMax(trueHigh, n), rollingMin(trueLow, n)];
  const scale = Math.log10(n);
  let sum = 0;
  for (let j = 0; j < bars - 1; j++) {
    sum += trueHigh[j] - trueLow[j];
    if (j >= n) sum -= trueHigh[j - n] - trueLow[j - n];
    if (j < n - 1) continue;
    const range = highest[j] - lowest[j];
    out[j + 1] = range === 0 ? 100 : (100 * Math.log10(sum / range)) / scale;
  }
  return out;
}

/** Chaikin's Volatility: % change of EMA(high − low, n) over n bars, counted from the EMA's first full value; 0 from a 0 base. */
function cvi(high: Float64Array, low: Float64Array, n: number): Float64Array {
  const bars = high.length;
  const out = nanSeries(bars);
  const smoothed = new Float64Array(bars);
  const k = 2 / (n + 1);
  let ema = 0;
  for (let i = 0; i < bars; i++) {
    const range = high[i] - low[i];
    smoothed[i] = ema = range * k + (i === 0 ? range : ema) * (1 - k);
    if (i < 2 * n - 1) continue;
    const lagged = smoothed[i - n];
    out[i] = lagged === 0 ? 0 : (100 * (ema - lagged)) / lagged;
  }
  return out;
}

/** Mass Index: Σ over n bars of EMA(H − L, 9) / EMA(EMA(H − L, 9), 9) (1 where the latter is 0). */
function massIndex(high: Float64Array, low: Float64Array, n: number): Float64Array {
  const bars = high.length;
  const out = nanSeries(bars);
  const ratios = new Float64Array(bars);
  const k = 2 / 10;
  let [single, double, sum] = [0, 0, 0];
  for (let i = 0; i < bars; i++) {
    const range = high[i] - low[i];
    single = range * k + (i === 0 ? range : single) * (1 - k);
    if (i < 8) continue;
    double = single * k + (i === 8 ? single : double) * (1 - k);
    if (i < 16) continue;
    ratios[i] = double === 0 ? 1 : single / double;
    sum += ratios[i];
    if (i >= 16 + n) sum -= ratios[i - n];
    if (i >= 16 + n - 1) out[i] = sum;
  }
  return out;
}

/**
 * Ulcer Index: √(mean of squared % drawdowns) over the last n closes, each drawdown measured
 * from the highest close since the window's first bar — that high restarts with every window, so each bar revisits n closes.
 */
function ulcer(x: Float64Array, n: number): Float64Array {
  const out = nanSeries(x.length);
  for (let i = n - 1; i < x.length; i++) {
    let highest = -Infinity;
    let squares = 0;
    for (let j = i - n + 1; j <= i; j++) {
      if (x[j] > highest) highest = x[j];
      const drawdown = highest === 0 ? 0 : (100 * (x[j] - highest)) / highest;
      squares += drawdown ** 2;
    }
    out[i] = Math.sqrt(squares / n);
  }
  return out;
}

/** Typed-array loops for the range-based volatility measures. */
export const volatilityLoops: readonly TaFunctionSpec[] = [
  {
    name: 'CHOP',
    group,
    doc: 'Choppiness Index (0…100; high = ranging)',
    inputs: [price('inPriceHLC', 'high', 'low', 'close')],
    options: [period('interval', 14, 2)],
    outputs: ['outCHOP'],
    integerOutputs: false,
    compute: ([high, low, close], [n]) => [chop(high, low, close, n)]
  },
  {
    name: 'CVI',
    group,
    doc: "Chaikin's Volatility: % change of EMA(high − low) over the period",
    inputs: [price('inPriceHL', 'high', 'low')],
    options: [period('interval', 10)],
    outputs: ['outCVI'],
    integerOutputs: false,
    compute: ([high, low], [n]) => [cvi(high, low, n)]
  },
  {
    name: 'MI',
    group,
    doc: 'Mass Index: Σ EMA(H−L, 9) / EMA(EMA(H−L, 9), 9) over n',
    inputs: [price('inPriceHL', 'high', 'low')],
    options: [period('interval', 25)],
    outputs: ['outMI'],
    integerOutputs: false,
    compute: ([high, low], [n]) => [massIndex(high, low, n)]
  },
  {
    name: 'UI',
    group,
    doc: 'Ulcer Index: RMS of the % drawdown from the n-bar high',
    inputs: [real()],
    options: [period('interval', 14)],
    outputs: ['outUI'],
    integerOutputs: false,
    compute: ([x], [n]) => [ulcer(x, n)]
  }
];
