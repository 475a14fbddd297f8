import { EMV, ForceIndex, KVO, PVO } from 'trading-signals';
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
    name: 'PVO', group, doc: 'Percentage Volume Oscillator: (EMA(fast) − EMA(slow)) / EMA(slow) × 100 of volume', fields: [],
    options: [period('fastPeriod', 12), period('slowPeriod', 26)], outputs: ['outPVO'],
    create: ([fastPeriod, slowPeriod]) => new PVO({ fastPeriod, slowPeriod }), read: single
  })
];
