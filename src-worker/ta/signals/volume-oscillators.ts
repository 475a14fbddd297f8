import { nanSeries, price } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';
import { SIGNAL_GROUPS, factor, period } from './groups.js';

const group = SIGNAL_GROUPS.volume;

/**
 * Klinger's volume force: the trend flips when hlc3·3 rises or falls, the cumulative
 * measurement restarts from the previous range on a flip, and the force is
 * volume · |2·range / cm − 1| · 100 · trend; KVO = EMA(force, short) − EMA(force, long), both seeded with the first force.
 */
function kvo(
  high: Float64Array,
  low: Float64Array,
  close: Float64Array,
  volume: Float64Array,
  short: number,
  long: number
): Float64Array {
  const out = nanSeries(close.length);
  const [shortK, longK] = [2 / (short + 1), 2 / (long + 1)];
  let [trend, cumulative, shortEma, longEma] = [0, 0, 0, 0];
  for (let i = 1; i < close.length; i++) {
    const sum = high[i] + low[i] + close[i];
    const previousSum = high[i - 1] + low[i - 1] + close[i - 1];
    const range = high[i] - low[i];
    if ((sum > previousSum && trend !== 1) || (sum < previousSum && trend !== -1)) {
      trend = sum > previousSum ? 1 : -1;
      cumulative = high[i - 1] - low[i - 1];
    }
    cumulative += range;
    const force =
      cumulative === 0 ? 0 : volume[i] * Math.abs((range / cumulative) * 2 - 1) * 100 * (trend === -1 ? -1 : 1);
    if (i === 1) {
      shortEma = force;
      longEma = force;
    } else {
      longEma = (force - longEma) * longK + longEma;
      shortEma = (force - shortEma) * shortK + shortEma;
    }
    out[i] = shortEma - longEma;
  }
  return out;
}

/** Ease of movement of each bar: Δ midpoint ÷ (volume / scale / (high − low)), 0 on a flat or volumeless bar; SMA over n. */
function emv(high: Float64Array, low: Float64Array, volume: Float64Array, n: number, scale: number): Float64Array {
  const bars = high.length;
  const out = nanSeries(bars);
  const moves = new Float64Array(bars);
  for (let i = 1; i < bars; i++) {
    const distance = (high[i] + low[i]) / 2 - (high[i - 1] + low[i - 1]) / 2;
    const range = high[i] - low[i];
    moves[i] = range !== 0 && volume[i] !== 0 ? distance / (volume[i] / scale / range) : 0;
    if (i < n) continue;
    // The window is summed afresh, oldest first, in this loop: its values have both signs, so a slid sum would drift from trading-signals'.
    let sum = 0;
    for (let j = i - n + 1; j <= i; j++) sum += moves[j];
    out[i] = sum / n;
  }
  return out;
}

/** Typed-array loops for Klinger and Ease of Movement, equal to trading-signals fed bar by bar. */
export const volumeOscillators: readonly TaFunctionSpec[] = [
  {
    name: 'EMV',
    group,
    doc: 'Ease of Movement: SMA of (Δ midpoint) / (volume / scale / (high − low))',
    inputs: [price('inPriceHLV', 'high', 'low', 'volume')],
    options: [period('interval', 14), factor('scale', 100_000_000, 1, 1e15)],
    outputs: ['outEMV'],
    integerOutputs: false,
    compute: ([high, low, volume], [n, scale]) => [emv(high, low, volume, n, scale)]
  },
  {
    name: 'KVO',
    group,
    doc: 'Klinger Volume Oscillator: EMA(short) − EMA(long) of volume force',
    inputs: [price('inPriceHLCV', 'high', 'low', 'close', 'volume')],
    options: [period('shortInterval', 34), period('longInterval', 55)],
    outputs: ['outKVO'],
    integerOutputs: false,
    compute: ([high, low, close, volume], [short, long]) => [kvo(high, low, close, volume, short, long)]
  }
];
