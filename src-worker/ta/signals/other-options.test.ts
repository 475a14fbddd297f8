import * as ts from 'trading-signals';
import { describe, expect, it } from 'vitest';
import { realCandles } from '../../../tests/fixtures/real-candles.js';
import { firstDifference } from '../extras/test-support.js';
import { taFunctions } from '../index.js';
import { STREAMING_REFERENCES, seriesFor, streamReference } from './streaming-reference.js';

/**
 * A second set of options per indicator (odd and even windows, other smoothings and
 * multipliers), each with the trading-signals class built for it: the loops must follow
 * the options the way trading-signals does, not only at the values signals.test.ts uses.
 */
const OTHER_OPTIONS: Readonly<Record<string, [number[], () => { add(input: never): unknown }]>> = {
  AC: [[3, 21, 7], () => new ts.AC(3, 21, 7)],
  CG: [[7, 4], () => new ts.CG(7, 4)],
  COPPOCK: [[10, 7, 5], () => new ts.CoppockCurve({ longRocInterval: 10, shortRocInterval: 7, wmaInterval: 5 })],
  CRSI: [[5, 3, 50], () => new ts.ConnorsRSI({ rsiInterval: 5, streakRsiInterval: 3, percentRankInterval: 50 })],
  FISHER: [[14], () => new ts.FisherTransform(14)],
  KST: [
    [5, 9, 13, 21, 4, 6, 8, 11],
    () => new ts.KST({ roc1: 5, roc2: 9, roc3: 13, roc4: 21, sma1: 4, sma2: 6, sma3: 8, sma4: 11 })
  ],
  PMO: [[20, 10, 5], () => new ts.PMO({ smoothing1: 20, smoothing2: 10, signalInterval: 5 })],
  QQE: [[9, 3, 2.5], () => new ts.QQE({ rsiInterval: 9, smoothInterval: 3, fastFactor: 2.5 })],
  RVGI: [[7], () => new ts.RelativeVigorIndex(7)],
  SMI: [[5, 3, 3], () => new ts.SMI({ interval: 5, smooth1: 3, smooth2: 3 })],
  STC: [[12, 26, 5], () => new ts.STC({ fastInterval: 12, slowInterval: 26, cycleInterval: 5 })],
  TSI: [[13, 7], () => new ts.TSI({ longPeriod: 13, shortPeriod: 7 })],
  WAE: [
    [12, 26, 15, 1.5, 14, 100, 2],
    () =>
      new ts.WaddahAttarExplosion({
        shortInterval: 12,
        longInterval: 26,
        bandsInterval: 15,
        bandsMultiplier: 1.5,
        atrInterval: 14,
        sensitivity: 100,
        deadZoneMultiplier: 2
      })
  ],
  WT: [[9, 12, 3], () => new ts.WaveTrend({ channelInterval: 9, averageInterval: 12, smoothingInterval: 3 })],
  ALLIGATOR: [
    [21, 0, 13, 8, 8, 5],
    () =>
      new ts.Alligator({
        jawInterval: 21,
        jawShift: 0,
        teethInterval: 13,
        teethShift: 8,
        lipsInterval: 8,
        lipsShift: 5
      })
  ],
  ALMA: [[20, 0.5, 3], () => new ts.ALMA(20, 0.5, 3)],
  CKS: [[20, 2, 5], () => new ts.ChandeKrollStop({ interval: 20, multiplier: 2, stopInterval: 5 })],
  FRAMA: [[15], () => new ts.FRAMA(16)],
  RWI: [[8], () => new ts.RandomWalkIndex(8)],
  SUPERSMOOTHER: [[20], () => new ts.SuperSmoother(20)],
  VHF: [[14], () => new ts.VHF(14)],
  VI: [[21], () => new ts.VortexIndicator(21)],
  VIDYA: [[14], () => new ts.VIDYA(14)],
  VSTOP: [[10, 2], () => new ts.VolatilityStop({ interval: 10, multiplier: 2 })],
  CHOP: [[21], () => new ts.CHOP(21)],
  CVI: [[14], () => new ts.CVI(14)],
  IQR: [[20], () => new ts.IQR(20)],
  MAD: [[9], () => new ts.MAD(9)],
  MI: [[10], () => new ts.MassIndex(10)],
  UI: [[28], () => new ts.UlcerIndex(28)],
  EMV: [[9, 10_000], () => new ts.EMV(9, 10_000)],
  KVO: [[13, 21], () => new ts.KVO(13, 21)]
};

describe.each(Object.keys(OTHER_OPTIONS))('%s at other options', (name) => {
  it.each(['INFY', 'TATASTEEL'])("equals trading-signals fed bar by bar on %s's daily history", (symbol) => {
    const spec = taFunctions.get(name)!;
    const candles = realCandles(symbol);
    const [options, create] = OTHER_OPTIONS[name];
    const batch = spec.compute(seriesFor(spec, candles), options);
    const streamed = streamReference({ ...STREAMING_REFERENCES[name], options, create }, candles, spec.outputs.length);
    batch.forEach((output, o) => expect(firstDifference(output, streamed[o]), spec.outputs[o]).toBeNull());
    expect(batch[0].some(Number.isFinite)).toBe(true);
  });
});
