import { nanSeries } from '../spec-helpers.js';

const A = 0.0962;
const B = 0.5769;
const RAD_TO_DEG = 180 / (4 * Math.atan(1));

/** Bars of NaN before MAMA's first value. */
export const MAMA_LOOKBACK = 32;

/**
 * One of Ehlers' Hilbert transform FIR filters. TA-Lib keeps separate
 * state for odd and even bars and a 3-slot ring shared by all filters.
 */
class HilbertFilter {
  private readonly ring = new Float64Array(3);
  private prev = 0;
  private prevInput = 0;

  step(input: number, slot: number, adjustedPrevPeriod: number): number {
    const scaled = A * input;
    let out = -this.ring[slot];
    this.ring[slot] = scaled;
    out += scaled;
    out -= this.prev;
    this.prev = B * this.prevInput;
    out += this.prev;
    this.prevInput = input;
    return out * adjustedPrevPeriod;
  }
}

/** A detrender / Q1 / jI / jQ quartet for one bar parity. */
class HilbertBank {
  readonly detrender = new HilbertFilter();
  readonly q1 = new HilbertFilter();
  readonly jI = new HilbertFilter();
  readonly jQ = new HilbertFilter();
}

/**
 * Ehlers' MESA adaptive moving average: `[mama, fama] = mama(close, 0.5, 0.05)`.
 * Bar parity is taken from the index in `x`, as TA-Lib does.
 */
export function mama(x: Float64Array, fastLimit: number, slowLimit: number): [Float64Array, Float64Array] {
  const n = x.length;
  const outMama = nanSeries(n);
  const outFama = nanSeries(n);
  if (n <= MAMA_LOOKBACK) return [outMama, outFama];

  // Price smoother: a 4-bar WMA, primed like TA-Lib's unrolled initialisation.
  let trailing = 0;
  let today = 0;
  let wmaSub = x[today];
  let wmaSum = x[today++];
  wmaSub += x[today];
  wmaSum += x[today++] * 2;
  wmaSub += x[today];
  wmaSum += x[today++] * 3;
  let trailingValue = 0;
  for (let i = 0; i < 9; i++) {
    const value = x[today++];
    wmaSub += value;
    wmaSub -= trailingValue;
    wmaSum += value * 4;
    trailingValue = x[trailing++];
    wmaSum -= wmaSub;
  }

  const even = new HilbertBank();
  const odd = new HilbertBank();
  let slot = 0;
  let period = 0;
  let prevQ2 = 0;
  let prevI2 = 0;
  let re = 0;
  let im = 0;
  let i1OddPrev2 = 0;
  let i1OddPrev3 = 0;
  let i1EvenPrev2 = 0;
  let i1EvenPrev3 = 0;
  let prevPhase = 0;
  let mamaValue = 0;
  let famaValue = 0;

  for (; today < n; today++) {
    const adjustedPrevPeriod = 0.075 * period + 0.54;
    const value = x[today];
    wmaSub += value;
    wmaSub -= trailingValue;
    wmaSum += value * 4;
    trailingValue = x[trailing++];
    const smoothed = wmaSum * 0.1;
    wmaSum -= wmaSub;

    let q2: number;
    let i2: number;
    let phase: number;
    if (today % 2 === 0) {
      const detrender = even.detrender.step(smoothed, slot, adjustedPrevPeriod);
      const q1 = even.q1.step(detrender, slot, adjustedPrevPeriod);
      const jI = even.jI.step(i1EvenPrev3, slot, adjustedPrevPeriod);
      const jQ = even.jQ.step(q1, slot, adjustedPrevPeriod);
      // The ring slot only advances on even bars, so odd bars reuse it.
      if (++slot === 3) slot = 0;
      q2 = 0.2 * (q1 + jI) + 0.8 * prevQ2;
      i2 = 0.2 * (i1EvenPrev3 - jQ) + 0.8 * prevI2;
      i1OddPrev3 = i1OddPrev2;
      i1OddPrev2 = detrender;
      phase = i1EvenPrev3 !== 0 ? Math.atan(q1 / i1EvenPrev3) * RAD_TO_DEG : 0;
    } else {
      const detrender = odd.detrender.step(smoothed, slot, adjustedPrevPeriod);
      const q1 = odd.q1.step(detrender, slot, adjustedPrevPeriod);
      const jI = odd.jI.step(i1OddPrev3, slot, adjustedPrevPeriod);
      const jQ = odd.jQ.step(q1, slot, adjustedPrevPeriod);
      q2 = 0.2 * (q1 + jI) + 0.8 * prevQ2;
      i2 = 0.2 * (i1OddPrev3 - jQ) + 0.8 * prevI2;
      i1EvenPrev3 = i1EvenPrev2;
      i1EvenPrev2 = detrender;
      phase = i1OddPrev3 !== 0 ? Math.atan(q1 / i1OddPrev3) * RAD_TO_DEG : 0;
    }

    let deltaPhase = prevPhase - phase;
    prevPhase = phase;
    if (deltaPhase < 1) deltaPhase = 1;
    let alpha = fastLimit;
    if (deltaPhase > 1) {
      alpha = fastLimit / deltaPhase;
      if (alpha < slowLimit) alpha = slowLimit;
    }
    mamaValue = alpha * value + (1 - alpha) * mamaValue;
    alpha *= 0.5;
    famaValue = alpha * mamaValue + (1 - alpha) * famaValue;
    if (today >= MAMA_LOOKBACK) {
      outMama[today] = mamaValue;
      outFama[today] = famaValue;
    }

    re = 0.2 * (i2 * prevI2 + q2 * prevQ2) + 0.8 * re;
    im = 0.2 * (i2 * prevQ2 - q2 * prevI2) + 0.8 * im;
    prevQ2 = q2;
    prevI2 = i2;
    const previousPeriod = period;
    if (im !== 0 && re !== 0) period = 360 / (Math.atan(im / re) * RAD_TO_DEG);
    if (period > 1.5 * previousPeriod) period = 1.5 * previousPeriod;
    if (period < 0.67 * previousPeriod) period = 0.67 * previousPeriod;
    if (period < 6) period = 6;
    else if (period > 50) period = 50;
    period = 0.2 * period + 0.8 * previousPeriod;
  }
  return [outMama, outFama];
}
