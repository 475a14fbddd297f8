import { describe, expect, it } from 'vitest';
import { taFunctions } from '../index.js';
import { KELTNER } from './keltner.js';
import { firstDifference, infyCandles } from './test-support.js';

/** EMA seeded with the SMA of the first `period` values, written as a plain recurrence. */
function referenceEma(x: number[], period: number): number[] {
  const out = x.map(() => NaN);
  if (x.length < period) return out;
  out[period - 1] = x.slice(0, period).reduce((a, b) => a + b, 0) / period;
  const k = 2 / (period + 1);
  for (let i = period; i < x.length; i++) out[i] = out[i - 1] + k * (x[i] - out[i - 1]);
  return out;
}

/** Wilder ATR seeded with the mean of true ranges 1..period. */
function referenceAtr(high: number[], low: number[], close: number[], period: number): number[] {
  const tr = close.map((_, i) => (i === 0 ? NaN : Math.max(high[i], close[i - 1]) - Math.min(low[i], close[i - 1])));
  const out = close.map(() => NaN);
  for (let i = period; i < close.length; i++) {
    out[i] =
      i === period
        ? tr.slice(1, period + 1).reduce((a, b) => a + b, 0) / period
        : (out[i - 1] * (period - 1) + tr[i]) / period;
  }
  return out;
}

describe('KELTNER', () => {
  const c = infyCandles();
  const [high, low, close] = [Array.from(c.high), Array.from(c.low), Array.from(c.close)];

  it('is registered as a FluxScan extra', () => {
    expect(taFunctions.get('KELTNER')?.group).toBe('FluxScan Extras');
  });

  for (const [period, multiplier, atrPeriod] of [
    [20, 2, 10],
    [10, 1.5, 20],
    [5, 3, 1]
  ]) {
    it(`matches EMA ± multiplier × ATR on INFY daily (${period}, ${multiplier}, ${atrPeriod})`, () => {
      const [upper, middle, lower] = KELTNER.compute([c.high, c.low, c.close], [period, multiplier, atrPeriod]);
      const ema = referenceEma(close, period);
      const atr = referenceAtr(high, low, close, atrPeriod);
      const start = Math.max(period - 1, atrPeriod);
      const ready = (i: number) => i >= start;
      expect(
        firstDifference(
          middle,
          ema.map((v, i) => (ready(i) ? v : NaN))
        )
      ).toBeNull();
      expect(
        firstDifference(
          upper,
          ema.map((v, i) => (ready(i) ? v + multiplier * atr[i] : NaN))
        )
      ).toBeNull();
      expect(
        firstDifference(
          lower,
          ema.map((v, i) => (ready(i) ? v - multiplier * atr[i] : NaN))
        )
      ).toBeNull();
    });
  }

  it('is symmetric around the middle line and NaN until both EMA and ATR exist', () => {
    const [upper, middle, lower] = KELTNER.compute([c.high, c.low, c.close], [20, 2, 10]);
    expect(Number.isNaN(upper[18]) && Number.isNaN(middle[18]) && Number.isNaN(lower[18])).toBe(true);
    for (let i = 19; i < close.length; i++) {
      expect(upper[i] - middle[i]).toBeCloseTo(middle[i] - lower[i], 9);
      expect(upper[i]).toBeGreaterThan(lower[i]);
    }
  });

  it('handles inputs shorter than the lookback', () => {
    const out = KELTNER.compute([c.high.subarray(0, 4), c.low.subarray(0, 4), c.close.subarray(0, 4)], [20, 2, 10]);
    expect(out.every((s) => s.length === 4 && s.every(Number.isNaN))).toBe(true);
  });
});
