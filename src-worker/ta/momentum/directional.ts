import { timePeriod } from '../core/options.js';
import { nanSeries, price } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';

const GROUP = 'Momentum Indicators';
const isZero = (v: number) => v > -1e-8 && v < 1e-8;

/** Wilder-smoothed +DM, -DM and true range, aligned with the input. */
interface DirectionalSums {
  plusDM: Float64Array;
  minusDM: Float64Array;
  trueRange: Float64Array;
}

/**
 * Wilder's running sums: the first value (bar `period - 1`) is the plain sum
 * of the first `period - 1` one-bar moves, then each bar keeps (1 - 1/period)
 * of the sum and adds its own move. `close` may be omitted when no true range is needed.
 */
function directionalSums(
  high: Float64Array,
  low: Float64Array,
  close: Float64Array | null,
  period: number
): DirectionalSums {
  const n = high.length;
  const plusDM = nanSeries(n);
  const minusDM = nanSeries(n);
  const trueRange = nanSeries(n);
  let plus = 0;
  let minus = 0;
  let tr = 0;
  const first = Math.max(period - 1, 1);
  for (let today = 1; today < n; today++) {
    const upMove = high[today] - high[today - 1];
    const downMove = low[today - 1] - low[today];
    let plusStep = 0;
    let minusStep = 0;
    // The larger of the two moves counts, and only when positive; a tie counts for neither.
    if (downMove > 0 && upMove < downMove) minusStep = downMove;
    else if (upMove > 0 && upMove > downMove) plusStep = upMove;
    let range = 0;
    if (close) {
      const prevClose = close[today - 1];
      range = high[today] - low[today];
      const fromHigh = Math.abs(high[today] - prevClose);
      if (fromHigh > range) range = fromHigh;
      const fromLow = Math.abs(low[today] - prevClose);
      if (fromLow > range) range = fromLow;
    }
    if (today < period) {
      plus += plusStep;
      minus += minusStep;
      tr += range;
    } else {
      plus = plus - plus / period + plusStep;
      minus = minus - minus / period + minusStep;
      tr = tr - tr / period + range;
    }
    if (today >= first) {
      plusDM[today] = plus;
      minusDM[today] = minus;
      trueRange[today] = tr;
    }
  }
  return { plusDM, minusDM, trueRange };
}

/** +DI or -DI: 100 × smoothed DM / smoothed true range, from bar `period`. */
function directionalIndicator(dm: Float64Array, trueRange: Float64Array, period: number): Float64Array {
  const out = nanSeries(dm.length);
  // TA-Lib's unsmoothed one-bar DI is a plain ratio, without the ×100.
  const scale = period === 1 ? 1 : 100;
  for (let i = period; i < dm.length; i++) out[i] = isZero(trueRange[i]) ? 0 : scale * (dm[i] / trueRange[i]);
  return out;
}

/** DX per bar from bar `period`; NaN marks a bar where TA-Lib has no defined DX (flat range). */
function rawDX(s: DirectionalSums, period: number): Float64Array {
  const out = nanSeries(s.plusDM.length);
  for (let i = period; i < out.length; i++) {
    const tr = s.trueRange[i];
    if (isZero(tr)) continue;
    const minusDI = 100 * (s.minusDM[i] / tr);
    const plusDI = 100 * (s.plusDM[i] / tr);
    const sum = minusDI + plusDI;
    if (!isZero(sum)) out[i] = 100 * (Math.abs(minusDI - plusDI) / sum);
  }
  return out;
}

/** ADX: the first value averages `period` DX values, then Wilder smoothing; undefined DX bars are skipped. */
function adx(high: Float64Array, low: Float64Array, close: Float64Array, period: number): Float64Array {
  const n = high.length;
  const out = nanSeries(n);
  const lookback = 2 * period - 1;
  if (n <= lookback) return out;
  const dx = rawDX(directionalSums(high, low, close, period), period);
  let sum = 0;
  for (let i = period; i <= lookback; i++) if (!Number.isNaN(dx[i])) sum += dx[i];
  let value = sum / period;
  out[lookback] = value;
  for (let i = lookback + 1; i < n; i++) {
    if (!Number.isNaN(dx[i])) value = (value * (period - 1) + dx[i]) / period;
    out[i] = value;
  }
  return out;
}

const hlc = () => price('inPriceHLC', 'high', 'low', 'close');
const hl = () => price('inPriceHL', 'high', 'low');

function spec(
  name: string,
  doc: string,
  withClose: boolean,
  minPeriod: number,
  compute: TaFunctionSpec['compute']
): TaFunctionSpec {
  return {
    name,
    group: GROUP,
    doc,
    inputs: [withClose ? hlc() : hl()],
    options: [timePeriod(14, minPeriod)],
    outputs: ['outReal'],
    integerOutputs: false,
    compute
  };
}

/** `ta.PLUS_DM(high, low, 14)` */
export const PLUS_DM = spec('PLUS_DM', 'Plus Directional Movement', false, 1, ([high, low], [period]) => [
  directionalSums(high, low, null, period).plusDM
]);

/** `ta.MINUS_DM(high, low, 14)` */
export const MINUS_DM = spec('MINUS_DM', 'Minus Directional Movement', false, 1, ([high, low], [period]) => [
  directionalSums(high, low, null, period).minusDM
]);

/** `ta.PLUS_DI(high, low, close, 14)` */
export const PLUS_DI = spec('PLUS_DI', 'Plus Directional Indicator', true, 1, ([high, low, close], [period]) => {
  const s = directionalSums(high, low, close, period);
  return [directionalIndicator(s.plusDM, s.trueRange, period)];
});

/** `ta.MINUS_DI(high, low, close, 14)` */
export const MINUS_DI = spec('MINUS_DI', 'Minus Directional Indicator', true, 1, ([high, low, close], [period]) => {
  const s = directionalSums(high, low, close, period);
  return [directionalIndicator(s.minusDM, s.trueRange, period)];
});

/** `ta.DX(high, low, close, 14)` */
export const DX = spec('DX', 'Directional Movement Index', true, 2, ([high, low, close], [period]) => {
  const dx = rawDX(directionalSums(high, low, close, period), period);
  // A bar with no defined DX repeats the previous value (0 for the first one), as TA-Lib does.
  for (let i = period; i < dx.length; i++) if (Number.isNaN(dx[i])) dx[i] = i === period ? 0 : dx[i - 1];
  return [dx];
});

/** `ta.ADX(high, low, close, 14)` */
export const ADX = spec('ADX', 'Average Directional Movement Index', true, 2, ([high, low, close], [period]) => [
  adx(high, low, close, period)
]);

/** `ta.ADXR(high, low, close, 14)` — the mean of today's ADX and the ADX `period - 1` bars ago. */
export const ADXR = spec(
  'ADXR',
  'Average Directional Movement Index Rating',
  true,
  2,
  ([high, low, close], [period]) => {
    const values = adx(high, low, close, period);
    const out = nanSeries(high.length);
    for (let i = 3 * period - 2; i < out.length; i++) out[i] = (values[i] + values[i - (period - 1)]) / 2;
    return [out];
  }
);
