import { nanSeries } from '../spec-helpers.js';

const A = 0.0962;
const B = 0.5769;
export const RAD_TO_DEG = 45 / Math.atan(1);

/**
 * One of Ehlers' Hilbert FIR filters as TA-Lib runs it: separate state for
 * even and odd bars, and a 3-slot ring indexed by a slot shared by all filters.
 */
class HilbertFilter {
  private readonly ring = new Float64Array(6);
  private readonly prev = new Float64Array(2);
  private readonly prevInput = new Float64Array(2);

  step(input: number, parity: number, slot: number, gain: number): number {
    const scaled = A * input;
    const r = parity * 3 + slot;
    let out = -this.ring[r];
    this.ring[r] = scaled;
    out += scaled;
    out -= this.prev[parity];
    this.prev[parity] = B * this.prevInput[parity];
    out += this.prev[parity];
    this.prevInput[parity] = input;
    return out * gain;
  }
}

/** Per-bar state of the Hilbert transform, aligned with the input (NaN before `start`). */
export interface HilbertBars {
  /** First bar the transform ran on; earlier bars only primed the price smoother. */
  start: number;
  /** The 4-bar WMA of price the transform runs on. */
  smoothed: Float64Array;
  /** In-phase component (the detrended price delayed 3 bars). */
  inPhase: Float64Array;
  /** Quadrature component. */
  quadrature: Float64Array;
  /** Smoothed dominant cycle period, in bars. */
  period: Float64Array;
}

/**
 * Ehlers' homodyne discriminator as TA-Lib computes it. `warmup` is the number
 * of smoother-only bars before the transform starts: 9 for the 32-bar-lookback
 * functions (HT_DCPERIOD, HT_PHASOR) and 34 for the 63-bar ones. Bar parity is
 * the index in `x`, as in TA-Lib, so results depend on where the input starts.
 */
export function hilbertBars(x: Float64Array, warmup: number): HilbertBars {
  const n = x.length;
  const start = 3 + warmup;
  const bars: HilbertBars = {
    start,
    smoothed: nanSeries(n),
    inPhase: nanSeries(n),
    quadrature: nanSeries(n),
    period: nanSeries(n)
  };
  if (n <= start) return bars;

  // Price smoother: a rolling 4-bar WMA (weights 1..4, sum 10).
  let wmaSub = x[0] + x[1] + x[2];
  let wmaSum = x[0] + x[1] * 2 + x[2] * 3;
  let trailing = 0;
  let trailingValue = 0;
  const smooth = (value: number): number => {
    wmaSub += value;
    wmaSub -= trailingValue;
    wmaSum += value * 4;
    trailingValue = x[trailing++];
    const smoothed = wmaSum * 0.1;
    wmaSum -= wmaSub;
    return smoothed;
  };
  for (let i = 3; i < start; i++) smooth(x[i]);

  const detrender = new HilbertFilter();
  const q1Filter = new HilbertFilter();
  const jIFilter = new HilbertFilter();
  const jQFilter = new HilbertFilter();
  // Detrended values awaiting their 3-bar delay, per parity: [prev2, prev3].
  const i1Prev2 = new Float64Array(2);
  const i1Prev3 = new Float64Array(2);
  let slot = 0;
  let period = 0;
  let smoothPeriod = 0;
  let prevQ2 = 0;
  let prevI2 = 0;
  let re = 0;
  let im = 0;

  for (let today = start; today < n; today++) {
    const gain = 0.075 * period + 0.54;
    const smoothed = smooth(x[today]);
    const parity = today % 2 === 0 ? 0 : 1;
    const other = 1 - parity;
    const detrended = detrender.step(smoothed, parity, slot, gain);
    const q1 = q1Filter.step(detrended, parity, slot, gain);
    const i1 = i1Prev3[parity];
    const jI = jIFilter.step(i1, parity, slot, gain);
    const jQ = jQFilter.step(q1, parity, slot, gain);
    // The ring slot advances on even bars only.
    if (parity === 0 && ++slot === 3) slot = 0;
    const q2 = 0.2 * (q1 + jI) + 0.8 * prevQ2;
    const i2 = 0.2 * (i1 - jQ) + 0.8 * prevI2;
    i1Prev3[other] = i1Prev2[other];
    i1Prev2[other] = detrended;

    re = 0.2 * (i2 * prevI2 + q2 * prevQ2) + 0.8 * re;
    im = 0.2 * (i2 * prevQ2 - q2 * prevI2) + 0.8 * im;
    prevQ2 = q2;
    prevI2 = i2;
    const previous = period;
    if (im !== 0 && re !== 0) period = 360 / (Math.atan(im / re) * RAD_TO_DEG);
    if (period > 1.5 * previous) period = 1.5 * previous;
    if (period < 0.67 * previous) period = 0.67 * previous;
    if (period < 6) period = 6;
    else if (period > 50) period = 50;
    period = 0.2 * period + 0.8 * previous;
    smoothPeriod = 0.33 * period + 0.67 * smoothPeriod;

    bars.smoothed[today] = smoothed;
    bars.inPhase[today] = i1;
    bars.quadrature[today] = q1;
    bars.period[today] = smoothPeriod;
  }
  return bars;
}
