import { describe, expect, it } from 'vitest';
import { chartCandles } from './chart-candles';

const closed = { time: [60, 120], open: [1, 2], high: [3, 4], low: [0.5, 1.5], close: [2, 3], volume: [10, 20] };
const bar = (time: number, close: number) => ({
  time,
  open: 3,
  high: Math.max(3, close),
  low: Math.min(3, close),
  close,
  volume: 5
});

describe('the live chart candles', () => {
  it('appends the forming bar after the closed ones', () => {
    const candles = chartCandles(closed, bar(180, 3.5));
    expect([...candles.time]).toEqual([60, 120, 180]);
    expect([...candles.close]).toEqual([2, 3, 3.5]);
  });

  it('replaces a bar with the same start, and leaves out an older forming bar', () => {
    expect([...chartCandles(closed, bar(120, 2.5)).close]).toEqual([2, 2.5]);
    expect([...chartCandles(closed, bar(60, 9)).close]).toEqual([2, 3]);
  });

  it('draws only the closed bars when nothing is forming', () => {
    expect([...chartCandles(closed, null).volume]).toEqual([10, 20]);
  });
});
