import { describe, expect, it } from 'vitest';
import { taFunctions } from '../index.js';
import { DONCHIAN } from './donchian.js';
import { firstDifference, infyCandles } from './test-support.js';

/** Highest high / lowest low by slicing each window out and scanning it. */
function referenceDonchian(high: number[], low: number[], period: number) {
  const upper = high.map((_, i) => (i < period - 1 ? NaN : Math.max(...high.slice(i - period + 1, i + 1))));
  const lower = low.map((_, i) => (i < period - 1 ? NaN : Math.min(...low.slice(i - period + 1, i + 1))));
  return { upper, lower, middle: upper.map((u, i) => (u + lower[i]) / 2) };
}

describe('DONCHIAN', () => {
  const c = infyCandles();

  it('is registered as a FluxScan extra', () => {
    expect(taFunctions.get('DONCHIAN')?.group).toBe('FluxScan Extras');
  });

  for (const period of [20, 5, 1, 55]) {
    it(`matches a window-scan reference on INFY daily (${period})`, () => {
      const [upper, middle, lower] = DONCHIAN.compute([c.high, c.low], [period]);
      const ref = referenceDonchian(Array.from(c.high), Array.from(c.low), period);
      expect(firstDifference(upper, ref.upper)).toBeNull();
      expect(firstDifference(middle, ref.middle)).toBeNull();
      expect(firstDifference(lower, ref.lower)).toBeNull();
    });
  }

  it('includes the current bar (hand-checked)', () => {
    const high = Float64Array.of(10, 12, 11, 15);
    const low = Float64Array.of(8, 9, 7, 14);
    const [upper, middle, lower] = DONCHIAN.compute([high, low], [3]);
    expect(Array.from(upper)).toEqual([NaN, NaN, 12, 15]);
    expect(Array.from(lower)).toEqual([NaN, NaN, 7, 7]);
    expect(Array.from(middle)).toEqual([NaN, NaN, 9.5, 11]);
  });

  it('handles inputs shorter than the period', () => {
    const out = DONCHIAN.compute([c.high.subarray(0, 3), c.low.subarray(0, 3)], [20]);
    expect(out.every((s) => s.length === 3 && s.every(Number.isNaN))).toBe(true);
  });
});
