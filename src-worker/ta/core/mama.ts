import { nanSeries } from '../spec-helpers.js';
import { hilbertBars, RAD_TO_DEG } from './hilbert.js';

/** Bars of NaN before MAMA's first value. */
export const MAMA_LOOKBACK = 32;

/** Smoother-only bars before the Hilbert transform starts, as for the 32-bar HT functions. */
const HILBERT_WARMUP = 9;

/**
 * Ehlers' MESA adaptive moving average: `[mama, fama] = mama(close, 0.5, 0.05)`.
 * The phase comes from the same Hilbert transform as the HT_* functions; bar
 * parity is taken from the index in `x`, as TA-Lib does.
 */
export function mama(x: Float64Array, fastLimit: number, slowLimit: number): [Float64Array, Float64Array] {
  const n = x.length;
  const outMama = nanSeries(n);
  const outFama = nanSeries(n);
  if (n <= MAMA_LOOKBACK) return [outMama, outFama];

  const bars = hilbertBars(x, HILBERT_WARMUP);
  let prevPhase = 0;
  let mamaValue = 0;
  let famaValue = 0;
  for (let today = bars.start; today < n; today++) {
    const i1 = bars.inPhase[today];
    const phase = i1 !== 0 ? Math.atan(bars.quadrature[today] / i1) * RAD_TO_DEG : 0;
    let deltaPhase = prevPhase - phase;
    prevPhase = phase;
    if (deltaPhase < 1) deltaPhase = 1;
    let alpha = fastLimit;
    if (deltaPhase > 1) {
      alpha = fastLimit / deltaPhase;
      if (alpha < slowLimit) alpha = slowLimit;
    }
    const value = x[today];
    mamaValue = alpha * value + (1 - alpha) * mamaValue;
    alpha *= 0.5;
    famaValue = alpha * mamaValue + (1 - alpha) * famaValue;
    if (today >= MAMA_LOOKBACK) {
      outMama[today] = mamaValue;
      outFama[today] = famaValue;
    }
  }
  return [outMama, outFama];
}
