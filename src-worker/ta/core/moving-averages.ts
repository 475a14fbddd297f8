import { nanSeries } from '../spec-helpers.js';
import { applyFrom } from './series.js';
import { mama } from './mama.js';

/** TA-Lib's MAType codes, as taken by `movingAverage` and every `*MAType` option. */
export const MA_TYPE = { SMA: 0, EMA: 1, WMA: 2, DEMA: 3, TEMA: 4, TRIMA: 5, KAMA: 6, MAMA: 7, T3: 8 } as const;

/** Simple moving average: `sma(close, 20)`. */
export function sma(x: Float64Array, period: number): Float64Array {
  const n = x.length;
  const out = nanSeries(n);
  if (n < period) return out;
  // A running sum, updated the way TA-Lib does (add the new bar, then drop the trailing one).
  let sum = 0;
  for (let i = 0; i < period - 1; i++) sum += x[i];
  for (let i = period - 1, trailing = 0; i < n; i++, trailing++) {
    sum += x[i];
    out[i] = sum / period;
    sum -= x[trailing];
  }
  return out;
}

/** Exponential moving average with an explicit smoothing factor `k` (MACDFIX uses fixed factors). */
export function emaWithK(x: Float64Array, period: number, k: number): Float64Array {
  const n = x.length;
  const out = nanSeries(n);
  if (n < period) return out;
  // TA-Lib seeds with an SMA of the first `period` values.
  let sum = 0;
  for (let i = 0; i < period; i++) sum += x[i];
  let prev = sum / period;
  out[period - 1] = prev;
  for (let i = period; i < n; i++) {
    prev = (x[i] - prev) * k + prev;
    out[i] = prev;
  }
  return out;
}

/** Exponential moving average, k = 2/(period+1): `ema(close, 20)`. */
export function ema(x: Float64Array, period: number): Float64Array {
  return emaWithK(x, period, 2 / (period + 1));
}

/** Linearly weighted moving average (weights 1..period, newest heaviest): `wma(close, 20)`. */
export function wma(x: Float64Array, period: number): Float64Array {
  const n = x.length;
  const out = nanSeries(n);
  if (n < period) return out;
  if (period === 1) {
    out.set(x);
    return out;
  }
  const divider = (period * (period + 1)) / 2;
  // Rolling weighted sum: adding a bar at weight `period` then subtracting the plain sum shifts every weight down by one.
  let plainSum = 0;
  let weightedSum = 0;
  for (let i = 0; i < period - 1; i++) {
    plainSum += x[i];
    weightedSum += x[i] * (i + 1);
  }
  let trailingValue = 0;
  for (let i = period - 1, trailing = 0; i < n; i++, trailing++) {
    const value = x[i];
    plainSum += value;
    plainSum -= trailingValue;
    weightedSum += value * period;
    trailingValue = x[trailing];
    out[i] = weightedSum / divider;
    weightedSum -= plainSum;
  }
  return out;
}

/** Double EMA, 2·EMA − EMA(EMA): `dema(close, 20)`. */
export function dema(x: Float64Array, period: number): Float64Array {
  const ema1 = ema(x, period);
  const ema2 = applyFrom(ema1, period - 1, (tail) => ema(tail, period));
  const out = nanSeries(x.length);
  for (let i = 2 * (period - 1); i < x.length; i++) out[i] = 2 * ema1[i] - ema2[i];
  return out;
}

/** Triple EMA, 3·EMA1 − 3·EMA2 + EMA3: `tema(close, 20)`. */
export function tema(x: Float64Array, period: number): Float64Array {
  const ema1 = ema(x, period);
  const ema2 = applyFrom(ema1, period - 1, (tail) => ema(tail, period));
  const ema3 = applyFrom(ema2, 2 * (period - 1), (tail) => ema(tail, period));
  const out = nanSeries(x.length);
  for (let i = 3 * (period - 1); i < x.length; i++) out[i] = 3 * ema1[i] - 3 * ema2[i] + ema3[i];
  return out;
}

/** Triangular moving average (an SMA of an SMA, done in one pass): `trima(close, 20)`. */
export function trima(x: Float64Array, period: number): Float64Array {
  const n = x.length;
  const out = nanSeries(n);
  if (n < period) return out;
  if (period === 1) {
    out.set(x);
    return out;
  }
  const half = period >> 1;
  const odd = period % 2 === 1;
  const factor = 1 / (odd ? (half + 1) * (half + 1) : half * (half + 1));
  // The numerator holds the triangular weights; two partial sums slide across its rising and falling halves.
  let middle = odd ? half : half - 1;
  let today = middle + half;
  let numerator = 0;
  let numeratorSub = 0;
  for (let i = middle; i >= 0; i--) {
    numeratorSub += x[i];
    numerator += numeratorSub;
  }
  let numeratorAdd = 0;
  middle++;
  for (let i = middle; i <= today; i++) {
    numeratorAdd += x[i];
    numerator += numeratorAdd;
  }
  out[today] = numerator * factor;
  let trailing = 0;
  let value = x[trailing++];
  for (today++; today < n; today++) {
    numerator -= numeratorSub;
    numeratorSub -= value;
    value = x[middle++];
    numeratorSub += value;
    if (odd) {
      numerator += numeratorAdd;
      numeratorAdd -= value;
    } else {
      numeratorAdd -= value;
      numerator += numeratorAdd;
    }
    value = x[today];
    numeratorAdd += value;
    numerator += value;
    out[today] = numerator * factor;
    value = x[trailing++];
  }
  return out;
}

/** TA-Lib treats magnitudes under 1e-8 as zero. */
const isZero = (v: number) => v > -1e-8 && v < 1e-8;

/** Kaufman adaptive moving average (fast 2, slow 30 smoothing bounds): `kama(close, 30)`. */
export function kama(x: Float64Array, period: number): Float64Array {
  const n = x.length;
  const out = nanSeries(n);
  if (period === 1) {
    out.set(x);
    return out;
  }
  if (n <= period) return out;
  const slowest = 2 / (30 + 1);
  const spread = 2 / (2 + 1) - slowest;
  let volatility = 0;
  for (let i = 0; i < period; i++) volatility += Math.abs(x[i] - x[i + 1]);
  // The bar before the first output stands in for the previous KAMA.
  let prev = x[period - 1];
  let trailingValue = x[0];
  for (let today = period, trailing = 0; today < n; today++, trailing++) {
    const value = x[today];
    const trailingNow = x[trailing];
    if (today > period) {
      volatility -= Math.abs(trailingValue - trailingNow);
      volatility += Math.abs(value - x[today - 1]);
    }
    trailingValue = trailingNow;
    const change = value - trailingNow;
    const efficiency = volatility <= change || isZero(volatility) ? 1 : Math.abs(change / volatility);
    let smoothing = efficiency * spread + slowest;
    smoothing *= smoothing;
    prev = (value - prev) * smoothing + prev;
    out[today] = prev;
  }
  return out;
}

/** Tillson T3, a six-fold EMA blended by the volume factor: `t3(close, 5, 0.7)`. */
export function t3(x: Float64Array, period: number, vFactor = 0.7): Float64Array {
  const n = x.length;
  const out = nanSeries(n);
  const lookback = 6 * (period - 1);
  if (n <= lookback) return out;
  if (period === 1) {
    out.set(x);
    return out;
  }
  const k = 2 / (period + 1);
  const k1 = 1 - k;
  let today = 0;
  // Each of the six EMAs is seeded with the average of the first `period` values of the one before it.
  let sum = x[today++];
  for (let i = period - 1; i > 0; i--) sum += x[today++];
  let e1 = sum / period;
  sum = e1;
  for (let i = period - 1; i > 0; i--) {
    e1 = k * x[today++] + k1 * e1;
    sum += e1;
  }
  let e2 = sum / period;
  sum = e2;
  for (let i = period - 1; i > 0; i--) {
    e1 = k * x[today++] + k1 * e1;
    e2 = k * e1 + k1 * e2;
    sum += e2;
  }
  let e3 = sum / period;
  sum = e3;
  for (let i = period - 1; i > 0; i--) {
    e1 = k * x[today++] + k1 * e1;
    e2 = k * e1 + k1 * e2;
    e3 = k * e2 + k1 * e3;
    sum += e3;
  }
  let e4 = sum / period;
  sum = e4;
  for (let i = period - 1; i > 0; i--) {
    e1 = k * x[today++] + k1 * e1;
    e2 = k * e1 + k1 * e2;
    e3 = k * e2 + k1 * e3;
    e4 = k * e3 + k1 * e4;
    sum += e4;
  }
  let e5 = sum / period;
  sum = e5;
  for (let i = period - 1; i > 0; i--) {
    e1 = k * x[today++] + k1 * e1;
    e2 = k * e1 + k1 * e2;
    e3 = k * e2 + k1 * e3;
    e4 = k * e3 + k1 * e4;
    e5 = k * e4 + k1 * e5;
    sum += e5;
  }
  let e6 = sum / period;
  const v2 = vFactor * vFactor;
  const c1 = -(v2 * vFactor);
  const c2 = 3 * (v2 - c1);
  const c3 = -6 * v2 - 3 * (vFactor - c1);
  const c4 = 1 + 3 * vFactor - c1 + 3 * v2;
  out[lookback] = c1 * e6 + c2 * e5 + c3 * e4 + c4 * e3;
  for (; today < n; today++) {
    e1 = k * x[today] + k1 * e1;
    e2 = k * e1 + k1 * e2;
    e3 = k * e2 + k1 * e3;
    e4 = k * e3 + k1 * e4;
    e5 = k * e4 + k1 * e5;
    e6 = k * e5 + k1 * e6;
    out[today] = c1 * e6 + c2 * e5 + c3 * e4 + c4 * e3;
  }
  return out;
}

/** Bars of NaN `movingAverage` leaves before its first value, as TA_MA_Lookback. */
export function movingAverageLookback(period: number, maType: number): number {
  if (period <= 1) return 0;
  switch (maType) {
    case MA_TYPE.DEMA:
      return 2 * (period - 1);
    case MA_TYPE.TEMA:
      return 3 * (period - 1);
    case MA_TYPE.KAMA:
      return period;
    case MA_TYPE.MAMA:
      return 32;
    case MA_TYPE.T3:
      return 6 * (period - 1);
    default:
      return period - 1;
  }
}

/**
 * TA-Lib's MA: any MAType 0..8 by code, e.g. `movingAverage(close, 20, MA_TYPE.EMA)`.
 * A period of 1 is a copy of the input whatever the type; MAMA ignores the period (limits 0.5/0.05).
 */
export function movingAverage(x: Float64Array, period: number, maType: number): Float64Array {
  if (period === 1) return Float64Array.from(x);
  switch (maType) {
    case MA_TYPE.SMA:
      return sma(x, period);
    case MA_TYPE.EMA:
      return ema(x, period);
    case MA_TYPE.WMA:
      return wma(x, period);
    case MA_TYPE.DEMA:
      return dema(x, period);
    case MA_TYPE.TEMA:
      return tema(x, period);
    case MA_TYPE.TRIMA:
      return trima(x, period);
    case MA_TYPE.KAMA:
      return kama(x, period);
    case MA_TYPE.MAMA:
      return mama(x, 0.5, 0.05)[0];
    case MA_TYPE.T3:
      return t3(x, period, 0.7);
    default:
      throw new RangeError(`unknown MAType ${maType}`);
  }
}
