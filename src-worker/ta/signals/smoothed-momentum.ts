import { nanSeries, price, real } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';
import { SIGNAL_GROUPS, period } from './groups.js';
import { rollingMax, rollingMin } from './window-extremes.js';

const group = SIGNAL_GROUPS.momentum;

// trading-signals' EMA step, written inline in the loops: v = x·k + v·(1 − k), where the first
// step starts from v = x (so it is x·k + x·(1 − k), which can differ from x in the last bit).

/**
 * Ehlers' Fisher Transform: hl2's place in its n-bar range (a flat range counts as 0.001)
 * smoothed as 0.66·(place − 0.5) + 0.67·previous, clamped to ±0.999 beyond ±0.99, then
 * ½·ln((1 + v)/(1 − v)) + ½·previous Fisher.
 */
function fisher(high: Float64Array, low: Float64Array, n: number): Float64Array {
  const bars = high.length;
  const out = nanSeries(bars);
  const median = new Float64Array(bars);
  for (let i = 0; i < bars; i++) median[i] = (high[i] + low[i]) / 2;
  const [highest, lowest] = [rollingMax(median, n), rollingMin(median, n)];
  let normalized = 0;
  let value = 0;
  for (let i = n - 1; i < bars; i++) {
    const range = highest[i] === lowest[i] ? 0.001 : highest[i] - lowest[i];
    normalized = 0.33 * 2 * ((median[i] - lowest[i]) / range - 0.5) + 0.67 * normalized;
    if (normalized > 0.99) normalized = 0.999;
    else if (normalized < -0.99) normalized = -0.999;
    out[i] = value = 0.5 * Math.log((1 + normalized) / (1 - normalized)) + 0.5 * value;
  }
  return out;
}

/**
 * DecisionPoint PMO: the 1-bar % change smoothed by 2/s1 (starting from the first change,
 * ready after s1 changes), ×10, smoothed by 2/s2 the same way; signal = EMA(pmo, signal).
 */
function pmo(x: Float64Array, s1: number, s2: number, signalInterval: number): Float64Array[] {
  const bars = x.length;
  const [line, signal] = [nanSeries(bars), nanSeries(bars)];
  const [k1, k2, signalK] = [2 / s1, 2 / s2, 2 / (signalInterval + 1)];
  let [roc, rocCount, pmoValue, pmoCount, signalValue] = [0, 0, 0, 0, 0];
  for (let i = 1; i < bars; i++) {
    const change = 100 * (x[i] / x[i - 1] - 1);
    roc = rocCount++ === 0 ? change : change * k1 + roc * (1 - k1);
    if (rocCount < s1) continue;
    pmoValue = pmoCount++ === 0 ? 10 * roc : 10 * roc * k2 + pmoValue * (1 - k2);
    if (pmoCount < s2) continue;
    signalValue = pmoValue * signalK + (pmoCount === s2 ? pmoValue : signalValue) * (1 - signalK);
    line[i] = pmoValue;
    signal[i] = signalValue;
  }
  return [line, signal];
}

/** True Strength Index: 100 · EMA(EMA(Δclose, long), short) / EMA(EMA(|Δclose|, long), short); 0 when the latter is 0. */
function tsi(x: Float64Array, long: number, short: number): Float64Array {
  const bars = x.length;
  const out = nanSeries(bars);
  const [longK, shortK] = [2 / (long + 1), 2 / (short + 1)];
  let [momentum1, absolute1, momentum2, absolute2] = [0, 0, 0, 0];
  for (let i = 1; i < bars; i++) {
    const momentum = x[i] - x[i - 1];
    const first = i === 1;
    const size = Math.abs(momentum);
    momentum1 = momentum * longK + (first ? momentum : momentum1) * (1 - longK);
    absolute1 = size * longK + (first ? size : absolute1) * (1 - longK);
    const twice = i - long;
    if (twice < 0) continue;
    momentum2 = momentum1 * shortK + (twice === 0 ? momentum1 : momentum2) * (1 - shortK);
    absolute2 = absolute1 * shortK + (twice === 0 ? absolute1 : absolute2) * (1 - shortK);
    if (twice >= short - 1) out[i] = absolute2 === 0 ? 0 : (100 * momentum2) / absolute2;
  }
  return out;
}

/**
 * WaveTrend (LazyBear): ap = hlc3, channel index = (ap − EMA(ap)) / (0.015 · EMA(|ap − EMA(ap)|)),
 * wt1 = EMA(index, average), wt2 = SMA(wt1, smoothing).
 */
function waveTrend(
  high: Float64Array,
  low: Float64Array,
  close: Float64Array,
  channelInterval: number,
  average: number,
  smoothing: number
): Float64Array[] {
  const bars = close.length;
  const wt1 = nanSeries(bars);
  const wt2 = nanSeries(bars);
  const channelK = 2 / (channelInterval + 1);
  const averageK = 2 / (average + 1);
  let channel = 0,
    deviation = 0,
    wave = 0;
  const start = Math.max(channelInterval, average, smoothing) - 1;
  for (let i = 0; i < bars; i++) {
    const ap = (high[i] + low[i] + close[i]) / 3;
    channel = ap * channelK + (i === 0 ? ap : channel) * (1 - channelK);
    const distance = Math.abs(ap - channel);
    deviation = distance * channelK + (i === 0 ? distance : deviation) * (1 - channelK);
    const index = deviation === 0 ? 0 : (ap - channel) / (0.015 * deviation);
    wt1[i] = wave = index * averageK + (i === 0 ? index : wave) * (1 - averageK);
    if (i < start) continue;
    // wt1 itself holds the waves (it is cleared to NaN below the start afterwards), so no third array.
    let sum = 0;
    for (let j = i - smoothing + 1; j <= i; j++) sum += wt1[j];
    wt2[i] = sum / smoothing;
  }
  wt1.fill(NaN, 0, Math.min(start, bars));
  return [wt1, wt2];
}

/** Typed-array loops for the momentum oscillators made of smoothing chains. */
export const smoothedMomentum: readonly TaFunctionSpec[] = [
  {
    name: 'FISHER',
    group,
    doc: 'Ehlers Fisher Transform of the hl2 position in its range',
    inputs: [price('inPriceHL', 'high', 'low')],
    options: [period('interval', 10)],
    outputs: ['outFisher'],
    integerOutputs: false,
    compute: ([high, low], [n]) => [fisher(high, low, n)]
  },
  {
    name: 'PMO',
    group,
    doc: 'DecisionPoint Price Momentum Oscillator → [pmo, signal]',
    inputs: [real()],
    options: [period('smoothing1', 35), period('smoothing2', 20), period('signalInterval', 10)],
    outputs: ['outPMO', 'outSignal'],
    integerOutputs: false,
    compute: ([x], [s1, s2, signal]) => pmo(x, s1, s2, signal)
  },
  {
    name: 'TSI',
    group,
    doc: 'True Strength Index',
    inputs: [real()],
    options: [period('longPeriod', 25), period('shortPeriod', 13)],
    outputs: ['outTSI'],
    integerOutputs: false,
    compute: ([x], [long, short]) => [tsi(x, long, short)]
  },
  {
    name: 'WT',
    group,
    doc: 'WaveTrend (LazyBear) → [wt1, wt2]',
    inputs: [price('inPriceHLC', 'high', 'low', 'close')],
    options: [period('channelInterval', 10), period('averageInterval', 21), period('smoothingInterval', 4)],
    outputs: ['outWT1', 'outWT2'],
    integerOutputs: false,
    compute: ([high, low, close], [channel, average, smoothing]) =>
      waveTrend(high, low, close, channel, average, smoothing)
  }
];
