import { describe, expect, it } from 'vitest';
import { realCandles } from '../../../tests/fixtures/real-candles.js';
import { firstDifference } from '../extras/test-support.js';
import { rollingMax, rollingMin } from './window-extremes.js';

/** The extreme of each window found by looking at every value in it. */
function scanned(x: Float64Array, period: number, pick: (...values: number[]) => number): Float64Array {
  return Float64Array.from(x, (_, i) => (i < period - 1 ? NaN : pick(...x.subarray(i - period + 1, i + 1))));
}

describe('rollingMax and rollingMin', () => {
  const { high, low } = realCandles('INFY');

  it.each([1, 2, 9, 26, 52, 500, high.length, high.length + 1])('equal a scan of every window of %i bars', (period) => {
    expect(firstDifference(rollingMax(high, period), scanned(high, period, Math.max))).toBeNull();
    expect(firstDifference(rollingMin(low, period), scanned(low, period, Math.min))).toBeNull();
  });

  it('answer a series shorter than the window, or empty, with NaN only', () => {
    expect(Array.from(rollingMax(high.subarray(0, 3), 5))).toEqual([NaN, NaN, NaN]);
    expect(rollingMin(new Float64Array(0), 5)).toHaveLength(0);
  });
});
