import { EMV, ForceIndex, KVO, NVI, PVI, PVO, PVT, VROC, VWMA } from 'trading-signals';
import type { TaFunctionSpec } from '../types.js';
import { SIGNAL_GROUPS, factor, period } from './groups.js';
import { streamSpec } from './stream-adapter.js';

const group = SIGNAL_GROUPS.volume;
const CV = ['close', 'volume'] as const;
const single = (value: number) => [value];

/** Volume studies TA-Lib lacks, computed by trading-signals' own classes. */
export const volumeSignals: readonly TaFunctionSpec[] = [
  streamSpec({
    name: 'EMV', group, doc: 'Ease of Movement: SMA of (Δ midpoint) / (volume / scale / (high − low))', fields: ['high', 'low', 'volume'],
    options: [period('interval', 14), factor('scale', 100_000_000, 1, 1e15)], outputs: ['outEMV'],
    create: ([interval, scale]) => new EMV(interval, scale), read: single
  }),
  streamSpec({
    name: 'FI', group, doc: "Elder's Force Index: EMA((close − previous close) × volume)", fields: CV,
    options: [period('interval', 13)], outputs: ['outFI'], create: ([interval]) => new ForceIndex(interval), read: single
  }),
  streamSpec({
    name: 'KVO', group, doc: 'Klinger Volume Oscillator: EMA(short) − EMA(long) of volume force', fields: ['high', 'low', 'close', 'volume'],
    options: [period('shortInterval', 34), period('longInterval', 55)], outputs: ['outKVO'],
    create: ([short, long]) => new KVO(short, long), read: single
  }),
  streamSpec({
    name: 'NVI', group, doc: 'Negative Volume Index (starts at 1000; moves only on lower-volume bars)', fields: CV,
    options: [], outputs: ['outNVI'], create: () => new NVI(), read: single
  }),
  streamSpec({
    name: 'PVI', group, doc: 'Positive Volume Index (starts at 1000; moves only on higher-volume bars)', fields: CV,
    options: [], outputs: ['outPVI'], create: () => new PVI(), read: single
  }),
  streamSpec({
    name: 'PVO', group, doc: 'Percentage Volume Oscillator: (EMA(fast) − EMA(slow)) / EMA(slow) × 100 of volume', fields: [],
    options: [period('fastPeriod', 12), period('slowPeriod', 26)], outputs: ['outPVO'],
    create: ([fastPeriod, slowPeriod]) => new PVO({ fastPeriod, slowPeriod }), read: single
  }),
  streamSpec({
    name: 'PVT', group, doc: 'Price Volume Trend: Σ volume × % change of close', fields: CV,
    options: [], outputs: ['outPVT'], create: () => new PVT(), read: single
  }),
  streamSpec({
    name: 'VROC', group, doc: 'Volume Rate of Change in percent over n bars', fields: [],
    options: [period('interval', 14)], outputs: ['outVROC'], create: ([interval]) => new VROC(interval), read: single
  }),
  streamSpec({
    name: 'VWMA', group, doc: 'Volume-Weighted Moving Average: Σ close·volume / Σ volume over n', fields: CV,
    options: [period('interval', 20)], outputs: ['outVWMA'], create: ([interval]) => new VWMA(interval), read: single
  })
];
