import {
  AC, CG, CoppockCurve, FisherTransform, KST, PMO, QQE, RelativeVigorIndex, SMI, STC, TSI,
  WaddahAttarExplosion, WaveTrend
} from 'trading-signals';
import type { TaFunctionSpec } from '../types.js';
import { SIGNAL_GROUPS, factor, period } from './groups.js';
import { streamSpec } from './stream-adapter.js';

const group = SIGNAL_GROUPS.momentum;
const HL = ['high', 'low'] as const;
const HLC = ['high', 'low', 'close'] as const;
const single = (value: number) => [value];

/** Momentum oscillators TA-Lib lacks, computed by trading-signals' own classes. */
export const momentumSignals: readonly TaFunctionSpec[] = [
  streamSpec({
    name: 'AC', group, doc: 'Accelerator Oscillator: AO − SMA(AO, signal)', fields: HL,
    options: [period('shortAO', 5), period('longAO', 34), period('signalInterval', 5)], outputs: ['outAC'],
    create: ([short, long, signal]) => new AC(short, long, signal), read: single
  }),
  streamSpec({
    name: 'CG', group, doc: "Ehlers' Center of Gravity oscillator", fields: [],
    options: [period('interval', 10), period('signalInterval', 3)], outputs: ['outCG'],
    create: ([interval, signal]) => new CG(interval, signal), read: single
  }),
  streamSpec({
    name: 'COPPOCK', group, doc: 'Coppock Curve: WMA(ROC(long) + ROC(short))', fields: [],
    options: [period('longRocInterval', 14), period('shortRocInterval', 11), period('wmaInterval', 10)], outputs: ['outCoppock'],
    create: ([longRocInterval, shortRocInterval, wmaInterval]) => new CoppockCurve({ longRocInterval, shortRocInterval, wmaInterval }),
    read: single
  }),
  streamSpec({
    name: 'FISHER', group, doc: 'Ehlers Fisher Transform of the hl2 position in its range', fields: HL,
    options: [period('interval', 10)], outputs: ['outFisher'], create: ([interval]) => new FisherTransform(interval), read: single
  }),
  streamSpec({
    name: 'KST', group, doc: 'Know Sure Thing: weighted sum of four smoothed ROCs', fields: [],
    options: ['roc1', 'roc2', 'roc3', 'roc4', 'sma1', 'sma2', 'sma3', 'sma4'].map((name, i) => period(name, [10, 15, 20, 30, 10, 10, 10, 15][i])),
    outputs: ['outKST'],
    create: ([roc1, roc2, roc3, roc4, sma1, sma2, sma3, sma4]) => new KST({ roc1, roc2, roc3, roc4, sma1, sma2, sma3, sma4 }),
    read: single
  }),
  streamSpec({
    name: 'PMO', group, doc: 'DecisionPoint Price Momentum Oscillator → [pmo, signal]', fields: [],
    options: [period('smoothing1', 35), period('smoothing2', 20), period('signalInterval', 10)], outputs: ['outPMO', 'outSignal'],
    create: ([smoothing1, smoothing2, signalInterval]) => new PMO({ smoothing1, smoothing2, signalInterval }),
    read: (r) => [r.pmo, r.signal]
  }),
  streamSpec({
    name: 'QQE', group, doc: 'Quantitative Qualitative Estimation → [smoothed RSI, trailing stop]', fields: [],
    options: [period('rsiInterval', 14), period('smoothInterval', 5), factor('fastFactor', 4.236, 0, 100)],
    outputs: ['outRsiMa', 'outTrailingStop'],
    create: ([rsiInterval, smoothInterval, fastFactor]) => new QQE({ rsiInterval, smoothInterval, fastFactor }),
    read: (r) => [r.rsiMa, r.trailingStop]
  }),
  streamSpec({
    name: 'RVGI', group, doc: 'Relative Vigor Index → [rvgi, signal]', fields: ['open', 'high', 'low', 'close'],
    options: [period('interval', 10)], outputs: ['outRVGI', 'outSignal'],
    create: ([interval]) => new RelativeVigorIndex(interval), read: (r) => [r.rvgi, r.signal]
  }),
  streamSpec({
    name: 'SMI', group, doc: 'Stochastic Momentum Index (−100…100)', fields: HLC,
    options: [period('interval', 10), period('smooth1', 3), period('smooth2', 3)], outputs: ['outSMI'],
    create: ([interval, smooth1, smooth2]) => new SMI({ interval, smooth1, smooth2 }), read: single
  }),
  streamSpec({
    name: 'STC', group, doc: 'Schaff Trend Cycle (0…100)', fields: [],
    options: [period('fastInterval', 23), period('slowInterval', 50), period('cycleInterval', 10, 2)], outputs: ['outSTC'],
    create: ([fastInterval, slowInterval, cycleInterval]) => new STC({ fastInterval, slowInterval, cycleInterval }), read: single
  }),
  streamSpec({
    name: 'TSI', group, doc: 'True Strength Index', fields: [], options: [period('longPeriod', 25), period('shortPeriod', 13)], outputs: ['outTSI'],
    create: ([longPeriod, shortPeriod]) => new TSI({ longPeriod, shortPeriod }), read: single
  }),
  streamSpec({
    name: 'WAE', group, doc: 'Waddah Attar Explosion → [trend, explosion, dead zone]', fields: HLC,
    options: [
      period('shortInterval', 20), period('longInterval', 40), period('bandsInterval', 20), factor('bandsMultiplier', 2, 0, 100),
      period('atrInterval', 100), factor('sensitivity', 150, 0, 1e6), factor('deadZoneMultiplier', 3.7, 0, 100)
    ],
    outputs: ['outTrend', 'outExplosion', 'outDeadZone'],
    create: ([shortInterval, longInterval, bandsInterval, bandsMultiplier, atrInterval, sensitivity, deadZoneMultiplier]) =>
      new WaddahAttarExplosion({ shortInterval, longInterval, bandsInterval, bandsMultiplier, atrInterval, sensitivity, deadZoneMultiplier }),
    read: (r) => [r.trend, r.explosion, r.deadZone]
  }),
  streamSpec({
    name: 'WT', group, doc: 'WaveTrend (LazyBear) → [wt1, wt2]', fields: HLC,
    options: [period('channelInterval', 10), period('averageInterval', 21), period('smoothingInterval', 4)], outputs: ['outWT1', 'outWT2'],
    create: ([channelInterval, averageInterval, smoothingInterval]) => new WaveTrend({ channelInterval, averageInterval, smoothingInterval }),
    read: (r) => [r.wt1, r.wt2]
  })
];
