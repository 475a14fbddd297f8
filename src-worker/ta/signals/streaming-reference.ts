import * as ts from 'trading-signals';
import type { CandleColumns } from '../../candles/types.js';
import type { TaFunctionSpec } from '../types.js';

type Bar = { open: number; high: number; low: number; close: number; volume: number };
interface Reference {
  /** Option values for the `ta` call, in the spec's order (several differ from the defaults, to check the mapping). */
  options: number[];
  /** The same indicator built the way trading-signals documents it. */
  create(): { add(input: never): unknown };
  /** What one bar feeds it. */
  input(bar: Bar): number | Bar;
  /** The outputs of a non-null result, in the spec's order. */
  read(result: never, indicator: never): number[];
  /** Outputs of a bar without a result, when the spec documents some (else NaN). */
  idle?(indicator: never, bar: number): number[] | null;
}

const close = (bar: Bar) => bar.close;
const volume = (bar: Bar) => bar.volume;
const candle = (bar: Bar) => bar;
const one = (value: number) => [value];

/**
 * Every added function as trading-signals computes it bar by bar, written from
 * trading-signals' documented constructors independently of the specs.
 */
export const STREAMING_REFERENCES: Readonly<Record<string, Reference>> = {
  AO: { options: [5, 34], create: () => new ts.AO(5, 34), input: candle, read: one },
  AC: { options: [5, 34, 5], create: () => new ts.AC(5, 34, 5), input: candle, read: one },
  CG: { options: [10, 3], create: () => new ts.CG(10, 3), input: close, read: one },
  COPPOCK: { options: [14, 11, 10], create: () => new ts.CoppockCurve(), input: close, read: one },
  CRSI: { options: [3, 2, 100], create: () => new ts.ConnorsRSI(), input: close, read: one },
  FISHER: { options: [9], create: () => new ts.FisherTransform(9), input: candle, read: one },
  KST: { options: [10, 15, 20, 30, 10, 10, 10, 15], create: () => new ts.KST(), input: close, read: one },
  LRSI: { options: [0.7], create: () => new ts.LaguerreRSI({ gamma: 0.7 }), input: close, read: one },
  PMO: {
    options: [35, 20, 10],
    create: () => new ts.PMO(),
    input: close,
    read: (r: ts.PMOResult) => [r.pmo, r.signal]
  },
  QQE: {
    options: [14, 5, 4.236],
    create: () => new ts.QQE(),
    input: close,
    read: (r: ts.QQEResult) => [r.rsiMa, r.trailingStop]
  },
  RVGI: {
    options: [10],
    create: () => new ts.RelativeVigorIndex(),
    input: candle,
    read: (r: ts.RelativeVigorIndexResult) => [r.rvgi, r.signal]
  },
  SMI: {
    options: [13, 25, 2],
    create: () => new ts.SMI({ interval: 13, smooth1: 25, smooth2: 2 }),
    input: candle,
    read: one
  },
  STC: { options: [23, 50, 10], create: () => new ts.STC(), input: close, read: one },
  TDS: {
    options: [],
    create: () => new ts.TDS(),
    input: close,
    read: (r: number) => [r, 9 * r],
    idle: (tds: ts.TDS, bar: number) => {
      if (bar < 4) return null;
      const state = tds.getState();
      return [0, state.setupDirection === 'bearish' ? -state.setupCount : state.setupCount];
    }
  },
  TSI: { options: [25, 13], create: () => new ts.TSI(), input: close, read: one },
  WAE: {
    options: [20, 40, 20, 2, 100, 150, 3.7],
    create: () => new ts.WaddahAttarExplosion(),
    input: candle,
    read: (r: ts.WaddahAttarExplosionResult) => [r.trend, r.explosion, r.deadZone]
  },
  WT: {
    options: [10, 21, 4],
    create: () => new ts.WaveTrend(),
    input: candle,
    read: (r: ts.WaveTrendResult) => [r.wt1, r.wt2]
  },
  HMA: { options: [16], create: () => new ts.HMA(16), input: close, read: one },
  ICHIMOKU: {
    options: [9, 26, 52, 26],
    create: () => new ts.IchimokuCloud(),
    input: candle,
    read: (r: ts.IchimokuCloudResult) => [r.conversion, r.base, r.spanA, r.spanB]
  },
  CE: {
    options: [22, 3],
    create: () => new ts.ChandelierExit(),
    input: candle,
    read: (r: ts.ChandelierExitResult) => [r.long, r.short]
  },
  ALLIGATOR: {
    options: [13, 8, 8, 5, 5, 3],
    create: () => new ts.Alligator(),
    input: candle,
    read: (r: ts.AlligatorResult) => [r.jaw, r.teeth, r.lips]
  },
  ALMA: { options: [9, 0.85, 6], create: () => new ts.ALMA(9), input: close, read: one },
  CKS: {
    options: [10, 1, 9],
    create: () => new ts.ChandeKrollStop(),
    input: candle,
    read: (r: ts.ChandeKrollStopResult) => [r.longStop, r.shortStop]
  },
  FRAMA: { options: [16], create: () => new ts.FRAMA(16), input: close, read: one },
  RWI: {
    options: [14],
    create: () => new ts.RandomWalkIndex(),
    input: candle,
    read: (r: ts.RandomWalkIndexResult) => [r.high, r.low]
  },
  SUPERSMOOTHER: { options: [10], create: () => new ts.SuperSmoother(10), input: close, read: one },
  VHF: { options: [28], create: () => new ts.VHF(), input: close, read: one },
  VI: {
    options: [14],
    create: () => new ts.VortexIndicator(),
    input: candle,
    read: (r: ts.VortexResult) => [r.plus, r.minus]
  },
  VIDYA: { options: [9], create: () => new ts.VIDYA(9), input: close, read: one },
  VSTOP: {
    options: [5, 3.5],
    create: () => new ts.VolatilityStop(),
    input: candle,
    read: (r: ts.VolatilityStopResult) => [r.stop, r.signal === 'BULLISH' ? 1 : -1]
  },
  ZIGZAG: {
    options: [5],
    create: () => new ts.ZigZag({ deviation: 5 }),
    input: candle,
    read: (r: number, z: ts.ZigZag) => [r, z.getState().isUp ? 1 : -1],
    idle: (z: ts.ZigZag) => [NaN, z.getState().isUp ? 1 : -1]
  },
  ZLEMA: { options: [20], create: () => new ts.ZLEMA(20), input: close, read: one },
  SQUEEZE: {
    options: [20, 2, 1.5],
    create: () => new ts.TTMSqueeze(),
    input: candle,
    read: (r: ts.TTMSqueezeResult) => [r.isSqueezed ? 1 : 0, r.momentum]
  },
  BBW: {
    options: [20, 2],
    create: () => new ts.BollingerBandsWidth(new ts.BollingerBands(20, 2)),
    input: close,
    read: one
  },
  CHOP: { options: [14], create: () => new ts.CHOP(), input: candle, read: one },
  CVI: { options: [10], create: () => new ts.CVI(), input: candle, read: one },
  IQR: { options: [13], create: () => new ts.IQR(13), input: close, read: one },
  MAD: { options: [20], create: () => new ts.MAD(20), input: close, read: one },
  MI: { options: [25], create: () => new ts.MassIndex(), input: candle, read: one },
  PB: { options: [20, 2], create: () => new ts.PercentB(), input: close, read: one },
  UI: { options: [14], create: () => new ts.UlcerIndex(), input: close, read: one },
  CMF: { options: [20], create: () => new ts.CMF(20), input: candle, read: one },
  RVOL: { options: [20], create: () => new ts.RVOL(20), input: volume, read: one },
  EMV: { options: [14, 100_000_000], create: () => new ts.EMV(14), input: candle, read: one },
  FI: { options: [13], create: () => new ts.ForceIndex(), input: candle, read: one },
  KVO: { options: [34, 55], create: () => new ts.KVO(), input: candle, read: one },
  NVI: { options: [], create: () => new ts.NVI(), input: candle, read: one },
  PVI: { options: [], create: () => new ts.PVI(), input: candle, read: one },
  PVO: { options: [12, 26], create: () => new ts.PVO(), input: volume, read: one },
  PVT: { options: [], create: () => new ts.PVT(), input: candle, read: one },
  VROC: { options: [14], create: () => new ts.VROC(14), input: volume, read: one },
  VWMA: { options: [20], create: () => new ts.VWMA(20), input: candle, read: one }
};

/** Feeds `reference` the candles one bar at a time and collects the outputs. */
export function streamReference(reference: Reference, candles: CandleColumns, outputs: number): Float64Array[] {
  const n = candles.close.length;
  const out = Array.from({ length: outputs }, () => new Float64Array(n).fill(NaN));
  const indicator = reference.create();
  for (let i = 0; i < n; i++) {
    const bar = {
      open: candles.open[i],
      high: candles.high[i],
      low: candles.low[i],
      close: candles.close[i],
      volume: candles.volume[i]
    };
    const result = indicator.add(reference.input(bar) as never);
    const values =
      result === null
        ? (reference.idle?.(indicator as never, i) ?? null)
        : reference.read(result as never, indicator as never);
    if (values) values.forEach((value, o) => (out[o][i] = value));
  }
  return out;
}

/** The candle series a spec takes, in its declared order (a `real` input gets the close, or the volume for volume studies). */
export function seriesFor(spec: TaFunctionSpec, candles: CandleColumns): Float64Array[] {
  const realInput = ['RVOL', 'PVO', 'VROC'].includes(spec.name) ? candles.volume : candles.close;
  return spec.inputs.flatMap((input) =>
    input.kind === 'price' ? input.fields.map((field) => candles[field]) : [realInput]
  );
}
