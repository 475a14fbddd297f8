import { EMV, KVO } from 'trading-signals';
import type { TaFunctionSpec } from '../types.js';
import { SIGNAL_GROUPS, factor, period } from './groups.js';
import { streamSpec } from './stream-adapter.js';

const group = SIGNAL_GROUPS.volume;
const single = (value: number) => [value];

/** Volume studies TA-Lib lacks, computed by trading-signals' own classes. */
export const volumeSignals: readonly TaFunctionSpec[] = [
  streamSpec({
    name: 'EMV', group, doc: 'Ease of Movement: SMA of (Δ midpoint) / (volume / scale / (high − low))', fields: ['high', 'low', 'volume'],
    options: [period('interval', 14), factor('scale', 100_000_000, 1, 1e15)], outputs: ['outEMV'],
    create: ([interval, scale]) => new EMV(interval, scale), read: single
  }),
  streamSpec({
    name: 'KVO', group, doc: 'Klinger Volume Oscillator: EMA(short) − EMA(long) of volume force', fields: ['high', 'low', 'close', 'volume'],
    options: [period('shortInterval', 34), period('longInterval', 55)], outputs: ['outKVO'],
    create: ([short, long]) => new KVO(short, long), read: single
  })
];
