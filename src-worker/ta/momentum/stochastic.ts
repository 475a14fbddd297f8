import { movingAverage, movingAverageLookback } from '../core/moving-averages.js';
import { maTypeOption, timePeriod } from '../core/options.js';
import { applyFrom } from '../core/series.js';
import { intOption, nanSeries, price, real } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';
import { rsi } from './rsi.js';

/** Raw %K: where the close sits in the `period`-bar high–low range, 0..100 (0 for a flat range). */
function fastK(high: Float64Array, low: Float64Array, close: Float64Array, period: number): Float64Array {
  const n = close.length;
  const out = nanSeries(n);
  for (let i = period - 1; i < n; i++) {
    let highest = high[i];
    let lowest = low[i];
    for (let j = i - period + 1; j < i; j++) {
      if (high[j] > highest) highest = high[j];
      if (low[j] < lowest) lowest = low[j];
    }
    const diff = (highest - lowest) / 100;
    out[i] = diff !== 0 ? (close[i] - lowest) / diff : 0;
  }
  return out;
}

/** Smooths `x` (valid from `start`) with TA-Lib's MA of the given type. */
const smoothFrom = (x: Float64Array, start: number, period: number, maType: number) =>
  applyFrom(x, start, (tail) => movingAverage(tail, period, maType));

/** Blanks every output before `start`, so all lines begin together as in TA-Lib. */
function alignFrom(start: number, ...lines: Float64Array[]): Float64Array[] {
  for (const line of lines) line.fill(NaN, 0, Math.min(start, line.length));
  return lines;
}

/** Fast stochastic %K/%D on arbitrary series (STOCHRSI feeds RSI as all three). */
function stochF(
  high: Float64Array,
  low: Float64Array,
  close: Float64Array,
  kPeriod: number,
  dPeriod: number,
  dType: number
): Float64Array[] {
  const k = fastK(high, low, close, kPeriod);
  const d = smoothFrom(k, kPeriod - 1, dPeriod, dType);
  return alignFrom(kPeriod - 1 + movingAverageLookback(dPeriod, dType), k, d);
}

const hlc = () => price('inPriceHLC', 'high', 'low', 'close');
const fastKPeriod = () => intOption('optInFastK_Period', 'fastk_period', 5, 1);
const fastDOptions = () => [
  intOption('optInFastD_Period', 'fastd_period', 3, 1),
  maTypeOption('optInFastD_MAType', 'fastd_matype')
];

/** `ta.STOCH(high, low, close, 5, 3, 0, 3, 0)` → [slowK, slowD] */
export const STOCH: TaFunctionSpec = {
  name: 'STOCH',
  group: 'Momentum Indicators',
  doc: 'Stochastic',
  inputs: [hlc()],
  options: [
    fastKPeriod(),
    intOption('optInSlowK_Period', 'slowk_period', 3, 1),
    maTypeOption('optInSlowK_MAType', 'slowk_matype'),
    intOption('optInSlowD_Period', 'slowd_period', 3, 1),
    maTypeOption('optInSlowD_MAType', 'slowd_matype')
  ],
  outputs: ['outSlowK', 'outSlowD'],
  integerOutputs: false,
  rescansWindow: true,
  compute([high, low, close], [kPeriod, slowKPeriod, slowKType, slowDPeriod, slowDType]) {
    const kStart = kPeriod - 1;
    const slowKStart = kStart + movingAverageLookback(slowKPeriod, slowKType);
    const slowK = smoothFrom(fastK(high, low, close, kPeriod), kStart, slowKPeriod, slowKType);
    const slowD = smoothFrom(slowK, slowKStart, slowDPeriod, slowDType);
    return alignFrom(slowKStart + movingAverageLookback(slowDPeriod, slowDType), slowK, slowD);
  }
};

/** `ta.STOCHF(high, low, close, 5, 3, 0)` → [fastK, fastD] */
export const STOCHF: TaFunctionSpec = {
  name: 'STOCHF',
  group: 'Momentum Indicators',
  doc: 'Stochastic Fast',
  inputs: [hlc()],
  options: [fastKPeriod(), ...fastDOptions()],
  outputs: ['outFastK', 'outFastD'],
  integerOutputs: false,
  rescansWindow: true,
  compute: ([high, low, close], [kPeriod, dPeriod, dType]) => stochF(high, low, close, kPeriod, dPeriod, dType)
};

/** `ta.STOCHRSI(close, 14, 5, 3, 0)` → [fastK, fastD] — a fast stochastic of the RSI. */
export const STOCHRSI: TaFunctionSpec = {
  name: 'STOCHRSI',
  group: 'Momentum Indicators',
  doc: 'Stochastic Relative Strength Index',
  inputs: [real()],
  options: [timePeriod(14), fastKPeriod(), ...fastDOptions()],
  outputs: ['outFastK', 'outFastD'],
  integerOutputs: false,
  rescansWindow: true,
  compute([x], [period, kPeriod, dPeriod, dType]) {
    const r = rsi(x, period);
    const k = nanSeries(x.length);
    const d = nanSeries(x.length);
    if (x.length > period) {
      const tail = r.subarray(period);
      const [tailK, tailD] = stochF(tail, tail, tail, kPeriod, dPeriod, dType);
      k.set(tailK, period);
      d.set(tailD, period);
    }
    return [k, d];
  }
};

/** `ta.WILLR(high, low, close, 14)` */
export const WILLR: TaFunctionSpec = {
  name: 'WILLR',
  group: 'Momentum Indicators',
  doc: "Williams' %R",
  inputs: [hlc()],
  options: [timePeriod(14)],
  outputs: ['outReal'],
  integerOutputs: false,
  rescansWindow: true,
  compute([high, low, close], [period]) {
    const out = nanSeries(close.length);
    for (let i = period - 1; i < close.length; i++) {
      let highest = high[i];
      let lowest = low[i];
      for (let j = i - period + 1; j < i; j++) {
        if (high[j] > highest) highest = high[j];
        if (low[j] < lowest) lowest = low[j];
      }
      const diff = (highest - lowest) / -100;
      out[i] = diff !== 0 ? (highest - close[i]) / diff : 0;
    }
    return [out];
  }
};
