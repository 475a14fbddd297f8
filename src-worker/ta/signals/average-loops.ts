import { nanSeries, price, real } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';
import { SIGNAL_GROUPS, period } from './groups.js';
import { signalEma, signalSma } from './signal-averages.js';

/** Typed-array loops for the studies made of trading-signals' SMA and EMA. */
export const averageLoops: readonly TaFunctionSpec[] = [
  {
    name: 'AO',
    group: SIGNAL_GROUPS.momentum,
    doc: 'Awesome Oscillator: SMA(hl2, short) − SMA(hl2, long)',
    inputs: [price('inPriceHL', 'high', 'low')],
    options: [period('shortInterval', 5), period('longInterval', 34)],
    outputs: ['outAO'],
    integerOutputs: false,
    compute: ([high, low], [short, long]) => {
      const median = new Float64Array(high.length);
      for (let i = 0; i < high.length; i++) median[i] = (low[i] + high[i]) / 2;
      const [fast, slow] = [signalSma(median, short), signalSma(median, long)];
      const out = nanSeries(high.length);
      for (let i = long - 1; i < high.length; i++) out[i] = fast[i] - slow[i];
      return [out];
    }
  },
  {
    name: 'FI',
    group: SIGNAL_GROUPS.volume,
    doc: "Elder's Force Index: EMA((close − previous close) × volume)",
    inputs: [price('inPriceCV', 'close', 'volume')],
    options: [period('interval', 13)],
    outputs: ['outFI'],
    integerOutputs: false,
    compute: ([close, volume], [n]) => {
      const force = new Float64Array(close.length);
      for (let i = 1; i < close.length; i++) force[i] = (close[i] - close[i - 1]) * volume[i];
      return [close.length > 1 ? signalEma(force, n, 1) : nanSeries(close.length)];
    }
  },
  {
    name: 'PVO',
    group: SIGNAL_GROUPS.volume,
    doc: 'Percentage Volume Oscillator: (EMA(fast) − EMA(slow)) / EMA(slow) × 100 of volume',
    inputs: [real()],
    options: [period('fastPeriod', 12), period('slowPeriod', 26)],
    outputs: ['outPVO'],
    integerOutputs: false,
    compute: ([volume], [fastPeriod, slowPeriod]) => {
      const out = nanSeries(volume.length);
      if (volume.length === 0) return [out];
      const k = [2 / (fastPeriod + 1), 2 / (slowPeriod + 1)];
      let [fast, slow] = [volume[0], volume[0]];
      for (let i = 0; i < volume.length; i++) {
        fast = volume[i] * k[0] + fast * (1 - k[0]);
        slow = volume[i] * k[1] + slow * (1 - k[1]);
        if (i >= slowPeriod - 1) out[i] = slow === 0 ? 0 : (100 * (fast - slow)) / slow;
      }
      return [out];
    }
  },
  {
    name: 'ZLEMA',
    group: SIGNAL_GROUPS.trend,
    doc: 'Zero-Lag EMA: EMA(2·x − x[lag]), lag = ⌊(n − 1) / 2⌋',
    inputs: [real()],
    options: [period('interval', 20)],
    outputs: ['outZLEMA'],
    integerOutputs: false,
    compute: ([x], [n]) => {
      const out = nanSeries(x.length);
      const lag = Math.floor((n - 1) / 2);
      const k = 2 / (n + 1);
      let smoothed = NaN;
      for (let i = 0; i < x.length; i++) {
        const counter = i + 1;
        if (counter < lag) continue;
        const deLagged = 2 * x[i] - x[Math.max(0, i - lag)];
        if (counter === lag) smoothed = x[i];
        else if (Number.isNaN(smoothed)) smoothed = deLagged;
        else smoothed = (deLagged - smoothed) * k + smoothed;
        if (counter >= n) out[i] = smoothed;
      }
      return [out];
    }
  }
];
