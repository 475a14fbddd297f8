import { describe, expect, it } from 'vitest';
import { taFunctions } from '../index.js';
import { SUPERTREND } from './supertrend.js';
import { firstDifference, infyCandles } from './test-support.js';

/** Straight from the Pine script definition, with plain arrays and TA-Lib's ATR written out longhand. */
function referenceSupertrend(high: number[], low: number[], close: number[], period: number, factor: number) {
  const n = close.length;
  const tr: number[] = [NaN];
  for (let i = 1; i < n; i++) {
    tr.push(Math.max(high[i] - low[i], Math.abs(high[i] - close[i - 1]), Math.abs(low[i] - close[i - 1])));
  }
  const atr: number[] = new Array(n).fill(NaN);
  for (let i = period; i < n; i++) {
    atr[i] =
      i === period
        ? tr.slice(1, period + 1).reduce((a, b) => a + b, 0) / period
        : (atr[i - 1] * (period - 1) + tr[i]) / period;
  }
  const upperBand: number[] = new Array(n).fill(NaN);
  const lowerBand: number[] = new Array(n).fill(NaN);
  const st: number[] = new Array(n).fill(NaN);
  const dir: number[] = new Array(n).fill(NaN);
  for (let i = period; i < n; i++) {
    const src = (high[i] + low[i]) / 2;
    let up = src + factor * atr[i];
    let lo = src - factor * atr[i];
    const prevLo = Number.isNaN(lowerBand[i - 1]) ? 0 : lowerBand[i - 1];
    const prevUp = Number.isNaN(upperBand[i - 1]) ? 0 : upperBand[i - 1];
    lo = lo > prevLo || close[i - 1] < prevLo ? lo : prevLo;
    up = up < prevUp || close[i - 1] > prevUp ? up : prevUp;
    let pineDirection: number;
    if (Number.isNaN(atr[i - 1])) pineDirection = 1;
    else if (st[i - 1] === prevUp) pineDirection = close[i] > up ? -1 : 1;
    else pineDirection = close[i] < lo ? 1 : -1;
    upperBand[i] = up;
    lowerBand[i] = lo;
    st[i] = pineDirection === -1 ? lo : up;
    // Pine's -1 means an uptrend; ours is +1.
    dir[i] = -pineDirection;
  }
  return { st, dir };
}

describe('SUPERTREND', () => {
  const candles = infyCandles();
  const [high, low, close] = [candles.high, candles.low, candles.close];

  it('is registered as a FluxScan extra', () => {
    expect(taFunctions.get('SUPERTREND')?.group).toBe('FluxScan Extras');
  });

  for (const [period, factor] of [
    [10, 3],
    [7, 2],
    [1, 1.5]
  ]) {
    it(`matches the Pine definition on INFY daily (${period}, ${factor})`, () => {
      const [line, direction] = SUPERTREND.compute([high, low, close], [period, factor]);
      const ref = referenceSupertrend(Array.from(high), Array.from(low), Array.from(close), period, factor);
      expect(firstDifference(line, ref.st)).toBeNull();
      expect(firstDifference(direction, ref.dir)).toBeNull();
    });
  }

  it('is NaN during the ATR lookback and starts in a downtrend on the upper band', () => {
    const [line, direction] = SUPERTREND.compute([high, low, close], [10, 3]);
    expect(Array.from(line.subarray(0, 10)).every(Number.isNaN)).toBe(true);
    expect(direction[10]).toBe(-1);
    expect(line[10]).toBeGreaterThan(close[10]);
  });

  it('flips direction exactly when close crosses the active band, and the band only ratchets toward price', () => {
    const [line, direction] = SUPERTREND.compute([high, low, close], [10, 3]);
    let flips = 0;
    for (let i = 11; i < close.length; i++) {
      if (direction[i] !== direction[i - 1]) {
        flips++;
        // An up-flip puts the line below close, a down-flip above it.
        expect(direction[i] === 1 ? line[i] < close[i] : line[i] > close[i]).toBe(true);
      } else if (direction[i] === 1) {
        expect(line[i]).toBeGreaterThanOrEqual(line[i - 1]);
      } else {
        expect(line[i]).toBeLessThanOrEqual(line[i - 1]);
      }
    }
    expect(flips).toBeGreaterThan(10);
  });

  it('turns up on a breakout above the upper band (hand-checked)', () => {
    // Constant bars: true range 2, ATR(2) 2, bands 100 ± 2.
    const high = Float64Array.from([101, 101, 101, 101, 111]);
    const low = Float64Array.from([99, 99, 99, 99, 109]);
    const close = Float64Array.from([100, 100, 100, 100, 110]);
    const [line, direction] = SUPERTREND.compute([high, low, close], [2, 1]);
    expect(Array.from(direction)).toEqual([NaN, NaN, -1, -1, 1]);
    expect(Array.from(line.subarray(2, 4))).toEqual([102, 102]);
    // Bar 4: true range 11, ATR = (2 + 11) / 2 = 6.5, lower band 110 - 6.5.
    expect(line[4]).toBe(103.5);
  });

  it('handles inputs shorter than the lookback and subarray views', () => {
    const short = SUPERTREND.compute([high.subarray(5, 12), low.subarray(5, 12), close.subarray(5, 12)], [10, 3]);
    expect(short.map((s) => s.length)).toEqual([7, 7]);
    expect(short.every((s) => Array.from(s).every(Number.isNaN))).toBe(true);
    const view = SUPERTREND.compute([high.subarray(100), low.subarray(100), close.subarray(100)], [10, 3]);
    const copy = SUPERTREND.compute([high.slice(100), low.slice(100), close.slice(100)], [10, 3]);
    expect(view).toEqual(copy);
  });
});
