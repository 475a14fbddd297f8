import { ALMA, Alligator, ChandeKrollStop, SuperSmoother, TradingSignal, VIDYA, VolatilityStop, VortexIndicator } from 'trading-signals';
import type { TaFunctionSpec } from '../types.js';
import { SIGNAL_GROUPS, factor, period } from './groups.js';
import { streamSpec } from './stream-adapter.js';

const group = SIGNAL_GROUPS.trend;
const HLC = ['high', 'low', 'close'] as const;
const single = (value: number) => [value];

/** Trend overlays and stops TA-Lib lacks, computed by trading-signals' own classes. */
export const trendSignals: readonly TaFunctionSpec[] = [
  streamSpec({
    name: 'ALLIGATOR', group, doc: 'Williams Alligator on hl2 (SMMA lines, each shifted by its shift) → [jaw, teeth, lips]',
    fields: ['high', 'low'],
    options: [period('jawInterval', 13), period('jawShift', 8, 0), period('teethInterval', 8), period('teethShift', 5, 0), period('lipsInterval', 5), period('lipsShift', 3, 0)],
    outputs: ['outJaw', 'outTeeth', 'outLips'],
    create: ([jawInterval, jawShift, teethInterval, teethShift, lipsInterval, lipsShift]) =>
      new Alligator({ jawInterval, jawShift, teethInterval, teethShift, lipsInterval, lipsShift }),
    read: (r) => [r.jaw, r.teeth, r.lips]
  }),
  streamSpec({
    name: 'ALMA', group, doc: 'Arnaud Legoux Moving Average (Gaussian weights)', fields: [],
    options: [period('interval', 9), factor('offset', 0.85, 0, 1), factor('sigma', 6, 0.01, 100)], outputs: ['outALMA'],
    create: ([interval, offset, sigma]) => new ALMA(interval, offset, sigma), read: single
  }),
  streamSpec({
    name: 'CKS', group, doc: 'Chande Kroll Stop → [long stop, short stop]', fields: HLC,
    options: [period('interval', 10), factor('multiplier', 1, 0, 100), period('stopInterval', 9)], outputs: ['outLongStop', 'outShortStop'],
    create: ([interval, multiplier, stopInterval]) => new ChandeKrollStop({ interval, multiplier, stopInterval }),
    read: (r) => [r.longStop, r.shortStop]
  }),
  streamSpec({
    name: 'SUPERSMOOTHER', group, doc: "Ehlers' two-pole Super Smoother filter", fields: [],
    options: [period('interval', 10)], outputs: ['outSuperSmoother'], create: ([interval]) => new SuperSmoother(interval), read: single
  }),
  streamSpec({
    name: 'VI', group, doc: 'Vortex Indicator → [VI+, VI−]', fields: HLC,
    options: [period('interval', 14)], outputs: ['outPlus', 'outMinus'],
    create: ([interval]) => new VortexIndicator(interval), read: (r) => [r.plus, r.minus]
  }),
  streamSpec({
    name: 'VIDYA', group, doc: "Chande's Variable Index Dynamic Average (CMO-scaled EMA)", fields: [],
    options: [period('interval', 9)], outputs: ['outVIDYA'], create: ([interval]) => new VIDYA(interval), read: single
  }),
  streamSpec({
    name: 'VSTOP', group, doc: 'Volatility Stop (ATR trail) → [stop, trend: +1 bullish / −1 bearish]', fields: HLC,
    options: [period('interval', 5), factor('multiplier', 3.5, 0, 100)], outputs: ['outStop', 'outTrend'],
    create: ([interval, multiplier]) => new VolatilityStop({ interval, multiplier }),
    read: (r) => [r.stop, r.signal === TradingSignal.BULLISH ? 1 : -1]
  })
];
