import { describe, expect, it } from 'vitest';
import type { CandleColumns } from '../candles/types.js';
import { benchmarkReturn, directionOf, forwardOutcome, indexByTime } from './forward-returns.js';

/** Five constructed daily bars with round prices so every figure below can be worked out by hand. */
const DAY = 86_400;
function bars(rows: [number, number, number, number][]): CandleColumns {
  const column = (k: number) => Float64Array.from(rows, (row) => row[k]);
  return {
    time: Float64Array.from(rows, (_, i) => 1_700_000_000 + i * DAY),
    open: column(0),
    high: column(1),
    low: column(2),
    close: column(3),
    volume: new Float64Array(rows.length).fill(1000),
    oi: new Float64Array(rows.length)
  };
}
const CANDLES = bars([
  [100, 101, 99, 100],
  [102, 104, 101, 103],
  [103, 106, 100, 105],
  [110, 112, 108, 111], // opens with a gap above the previous close
  [111, 111, 95, 96]
]);

describe('forward returns', () => {
  it('BUY: entry at the next open, exit at the close h bars on, MFE/MAE from highs and lows', () => {
    const outcome = forwardOutcome(CANDLES, 0, [1, 2, 4], 'BUY');
    expect(outcome.entry).toBe(102);
    expect(outcome.returns['1']).toBeCloseTo((103 / 102 - 1) * 100, 10); // +0.98 %
    expect(outcome.mfe['1']).toBeCloseTo((104 / 102 - 1) * 100, 10);
    expect(outcome.mae['1']).toBeCloseTo((101 / 102 - 1) * 100, 10);
    expect(outcome.returns['2']).toBeCloseTo(2.941176470588, 9);
    expect(outcome.mfe['2']).toBeCloseTo(3.921568627451, 9); // high 106 on bar 2
    expect(outcome.mae['2']).toBeCloseTo(-1.960784313725, 9); // low 100 on bar 2
    expect(outcome.returns['4']).toBeCloseTo(-5.882352941176, 9); // close 96
    expect(outcome.mfe['4']).toBeCloseTo(9.803921568627, 9); // high 112 on bar 3
    expect(outcome.mae['4']).toBeCloseTo(-6.862745098039, 9); // low 95 on bar 4
  });

  it('SELL after a gap: entry is the gapped open, and gains are falling prices', () => {
    const outcome = forwardOutcome(CANDLES, 2, [1, 2, 4], 'SELL');
    expect(outcome.entry).toBe(110); // not the signal bar's close of 105
    expect(outcome.returns['1']).toBeCloseTo(-0.909090909091, 9); // closed higher at 111: a loss for a short
    expect(outcome.mfe['1']).toBeCloseTo(1.818181818182, 9); // low 108
    expect(outcome.mae['1']).toBeCloseTo(-1.818181818182, 9); // high 112
    expect(outcome.returns['2']).toBeCloseTo(12.727272727273, 9); // close 96
    expect(outcome.mfe['2']).toBeCloseTo(13.636363636364, 9); // low 95
    expect(outcome.mae['2']).toBeCloseTo(-1.818181818182, 9);
    expect(outcome.returns['4']).toBeNull(); // bar 6 is not loaded
    expect(outcome.mfe['4']).toBeNull();
  });

  it('an event on the last bar has no entry and null everywhere', () => {
    expect(forwardOutcome(CANDLES, 4, [1, 5], 'BUY')).toEqual({
      entry: null,
      returns: { 1: null, 5: null },
      mfe: { 1: null, 5: null },
      mae: { 1: null, 5: null }
    });
  });

  it('near the end, only the horizons that fit are filled', () => {
    const outcome = forwardOutcome(CANDLES, 3, [1, 2], 'BUY');
    expect(outcome.entry).toBe(111);
    expect(outcome.returns['1']).toBeCloseTo((96 / 111 - 1) * 100, 10);
    expect(outcome.returns['2']).toBeNull();
  });

  it('SHORT counts as short, anything else as long', () => {
    expect([
      directionOf('SELL'),
      directionOf('short'),
      directionOf('BUY'),
      directionOf('WATCH'),
      directionOf('SELLING')
    ]).toEqual([-1, -1, 1, 1, 1]);
  });
});

describe('benchmark return', () => {
  it('uses the benchmark open at entry and close at exit on the same bar times', () => {
    const index = indexByTime(CANDLES);
    expect(benchmarkReturn(CANDLES, index, CANDLES.time[1], CANDLES.time[3])).toBeCloseTo((111 / 102 - 1) * 100, 10);
    expect(benchmarkReturn(CANDLES, index, CANDLES.time[1], 42)).toBeNull();
  });
});
