import { CHOP, CVI, IQR, MAD, MassIndex, UlcerIndex } from 'trading-signals';
import type { TaFunctionSpec } from '../types.js';
import { SIGNAL_GROUPS, SIGNAL_WINDOW_SCAN_MAX, factor, period } from './groups.js';
import { streamSpec } from './stream-adapter.js';

const group = SIGNAL_GROUPS.volatility;
const single = (value: number) => [value];

/** Volatility measures TA-Lib lacks, computed by trading-signals' own classes. */
export const volatilitySignals: readonly TaFunctionSpec[] = [
  streamSpec({
    name: 'CHOP', group, doc: 'Choppiness Index (0…100; high = ranging)', fields: ['high', 'low', 'close'],
    options: [period('interval', 14, 2)], outputs: ['outCHOP'], create: ([interval]) => new CHOP(interval), read: single
  }),
  streamSpec({
    name: 'CVI', group, doc: "Chaikin's Volatility: % change of EMA(high − low) over the period", fields: ['high', 'low'],
    options: [period('interval', 10)], outputs: ['outCVI'], create: ([interval]) => new CVI(interval), read: single
  }),
  streamSpec({
    name: 'IQR', group, doc: 'Interquartile range of the last n values', fields: [],
    options: [period('interval', 13, 4, SIGNAL_WINDOW_SCAN_MAX)], outputs: ['outIQR'], create: ([interval]) => new IQR(interval), read: single
  }),
  streamSpec({
    name: 'MAD', group, doc: 'Mean absolute deviation from the n-bar mean', fields: [],
    options: [period('interval', 20)], outputs: ['outMAD'], create: ([interval]) => new MAD(interval), read: single
  }),
  streamSpec({
    name: 'MI', group, doc: 'Mass Index: Σ EMA(H−L, 9) / EMA(EMA(H−L, 9), 9) over n', fields: ['high', 'low'],
    options: [period('interval', 25)], outputs: ['outMI'], create: ([interval]) => new MassIndex(interval), read: single
  }),
  streamSpec({
    name: 'UI', group, doc: 'Ulcer Index: RMS of the % drawdown from the n-bar high', fields: [],
    options: [period('interval', 14)], outputs: ['outUI'], create: ([interval]) => new UlcerIndex(interval), read: single
  })
];
