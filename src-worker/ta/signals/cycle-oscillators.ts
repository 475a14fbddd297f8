import { nanSeries, price, real } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';
import { SIGNAL_GROUPS, factor, period } from './groups.js';
import { bollingerBands } from './bollinger-loops.js';
import { signalAtr } from './signal-atr.js';
import { rollingMax, rollingMin } from './window-extremes.js';

const group = SIGNAL_GROUPS.momentum;

// trading-signals' EMA step, written inline in the loops: v = x·k + v·(1 − k), where the first
// step starts from v = x (so it is x·k + x·(1 − k), which can differ from x in the last bit).

/** Where `x[i]` sits in its last-`n` range, 0…100, and 50 on a flat window; from bar `first + n − 1` on. */
function stochasticPosition(x: Float64Array, n: number, first: number): Float64Array {
  const out = nanSeries(x.length);
  const window = x.subarray(first);
  const [highest, lowest] = [rollingMax(window, n), rollingMin(window, n)];
  for (let j = n - 1; j < window.length; j++) {
    out[first + j] = highest[j] === lowest[j] ? 50 : (100 * (window[j] - lowest[j])) / (highest[j] - lowest[j]);
  }
  return out;
}

/**
 * Schaff Trend Cycle: MACD = EMA(fast) − EMA(slow) once both have their periods; its
 * stochastic position over `cycle` bars smoothed by EMA(3); that line's stochastic
 * position over `cycle` smoothed by EMA(3) again.
 */
function stc(close: Float64Array, fast: number, slow: number, cycle: number): Float64Array {
  const bars = close.length;
  const out = nanSeries(bars);
  const start = Math.max(fast, slow) - 1;
  if (bars <= start) return out;
  const macd = nanSeries(bars);
  const [fastK, slowK] = [2 / (fast + 1), 2 / (slow + 1)];
  let [fastEma, slowEma] = [close[0], close[0]];
  for (let i = 0; i < bars; i++) {
    fastEma = close[i] * fastK + fastEma * (1 - fastK);
    slowEma = close[i] * slowK + slowEma * (1 - slowK);
    if (i >= start) macd[i] = fastEma - slowEma;
  }
  const smoothed = (position: Float64Array, first: number): Float64Array => {
    const line = nanSeries(bars);
    let ema = position[first];
    for (let i = first; i < bars; i++) line[i] = ema = position[i] * 0.5 + ema * (1 - 0.5);
    return line;
  };
  const dStart = start + cycle - 1;
  if (bars <= dStart) return out;
  const stochD = smoothed(stochasticPosition(macd, cycle, start), dStart);
  if (bars <= dStart + cycle - 1) return out;
  return smoothed(stochasticPosition(stochD, cycle, dStart), dStart + cycle - 1);
}

/** Stochastic Momentum Index: 100 · EMA(EMA(close − range midpoint)) / (EMA(EMA(range)) / 2) over the n-bar high/low range. */
function smi(
  high: Float64Array,
  low: Float64Array,
  close: Float64Array,
  n: number,
  smooth1: number,
  smooth2: number
): Float64Array {
  const bars = close.length;
  const out = nanSeries(bars);
  const [highest, lowest] = [rollingMax(high, n), rollingMin(low, n)];
  const [k1, k2] = [2 / (smooth1 + 1), 2 / (smooth2 + 1)];
  let [distance1, range1, distance2, range2] = [0, 0, 0, 0];
  for (let i = n - 1; i < bars; i++) {
    const distance = close[i] - (highest[i] + lowest[i]) / 2;
    const range = highest[i] - lowest[i];
    const once = i - (n - 1);
    distance1 = distance * k1 + (once === 0 ? distance : distance1) * (1 - k1);
    range1 = range * k1 + (once === 0 ? range : range1) * (1 - k1);
    const twice = once - (smooth1 - 1);
    if (twice < 0) continue;
    distance2 = distance1 * k2 + (twice === 0 ? distance1 : distance2) * (1 - k2);
    range2 = range1 * k2 + (twice === 0 ? range1 : range2) * (1 - k2);
    if (twice < smooth2 - 1) continue;
    const halfRange = range2 / 2;
    out[i] = halfRange === 0 ? 0 : (100 * distance2) / halfRange;
  }
  return out;
}

/**
 * Waddah Attar Explosion: trend = (MACD − previous MACD) · sensitivity, MACD = EMA(short) − EMA(long)
 * once `long` closes are in; explosion = Bollinger upper − lower; dead zone = ATR · multiplier.
 */
function wae(high: Float64Array, low: Float64Array, close: Float64Array, options: readonly number[]): Float64Array[] {
  const [short, long, bandsInterval, bandsMultiplier, atrInterval, sensitivity, deadZoneMultiplier] = options;
  const bars = close.length;
  const [trend, explosion, deadZone] = [nanSeries(bars), nanSeries(bars), nanSeries(bars)];
  if (bars === 0) return [trend, explosion, deadZone];
  const { upper, lower } = bollingerBands(close, bandsInterval, bandsMultiplier);
  const atr = signalAtr(high, low, close, atrInterval);
  const [shortK, longK] = [2 / (short + 1), 2 / (long + 1)];
  let [shortEma, longEma, previousMacd] = [close[0], close[0], NaN];
  for (let i = 0; i < bars; i++) {
    shortEma = close[i] * shortK + shortEma * (1 - shortK);
    longEma = close[i] * longK + longEma * (1 - longK);
    if (i < long - 1) continue;
    const macd = shortEma - longEma;
    if (i >= long && i >= bandsInterval - 1 && i >= atrInterval - 1) {
      trend[i] = (macd - previousMacd) * sensitivity;
      explosion[i] = upper[i] - lower[i];
      deadZone[i] = atr[i] * deadZoneMultiplier;
    }
    previousMacd = macd;
  }
  return [trend, explosion, deadZone];
}

/** Typed-array loops for the cycle and momentum oscillators built from EMAs, ranges and bands. */
export const cycleOscillators: readonly TaFunctionSpec[] = [
  {
    name: 'SMI',
    group,
    doc: 'Stochastic Momentum Index (−100…100)',
    inputs: [price('inPriceHLC', 'high', 'low', 'close')],
    options: [period('interval', 10), period('smooth1', 3), period('smooth2', 3)],
    outputs: ['outSMI'],
    integerOutputs: false,
    compute: ([high, low, close], [n, smooth1, smooth2]) => [smi(high, low, close, n, smooth1, smooth2)]
  },
  {
    name: 'STC',
    group,
    doc: 'Schaff Trend Cycle (0…100)',
    inputs: [real()],
    options: [period('fastInterval', 23), period('slowInterval', 50), period('cycleInterval', 10, 2)],
    outputs: ['outSTC'],
    integerOutputs: false,
    compute: ([close], [fast, slow, cycle]) => [stc(close, fast, slow, cycle)]
  },
  {
    name: 'WAE',
    group,
    doc: 'Waddah Attar Explosion → [trend, explosion, dead zone]',
    inputs: [price('inPriceHLC', 'high', 'low', 'close')],
    options: [
      period('shortInterval', 20),
      period('longInterval', 40),
      period('bandsInterval', 20),
      factor('bandsMultiplier', 2, 0, 100),
      period('atrInterval', 100),
      factor('sensitivity', 150, 0, 1e6),
      factor('deadZoneMultiplier', 3.7, 0, 100)
    ],
    outputs: ['outTrend', 'outExplosion', 'outDeadZone'],
    integerOutputs: false,
    compute: ([high, low, close], options) => wae(high, low, close, options)
  }
];
