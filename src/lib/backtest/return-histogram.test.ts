import { describe, expect, it } from 'vitest';
import type { BacktestEvent } from '$engine/backtest/types';
import { returnHistogram } from './return-histogram';
import { realBacktest } from './test-helpers';

const withReturns = (values: (number | null)[]): BacktestEvent[] =>
  values.map((value, i) => ({
    symbol: `S${i}`,
    exchange: 'NSE',
    barTime: i,
    signal: 'BUY',
    columns: {},
    entry: 1,
    returns: { 5: value },
    mfe: {},
    mae: {}
  }));

describe('returnHistogram', () => {
  it('bins by a round width, keeps empty bins, leaves out events without the horizon', () => {
    const { width, bins } = returnHistogram(withReturns([-1.5, -0.2, 0.3, 0.4, 2.1, null]), 5, 8);
    expect(width).toBe(0.5);
    expect(bins.map((b) => b.from)).toEqual([-1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2]);
    expect(bins.map((b) => b.count)).toEqual([1, 0, 1, 2, 0, 0, 0, 1]);
  });

  it('counts every event that reaches the horizon in a real backtest', () => {
    const backtest = realBacktest();
    const { bins } = returnHistogram(backtest.events, 20);
    expect(bins.reduce((sum, b) => sum + b.count, 0)).toBe(backtest.summary!.horizons['20'].events);
  });

  it('is empty without returns', () => {
    expect(returnHistogram(withReturns([null]), 5).bins).toEqual([]);
  });
});
