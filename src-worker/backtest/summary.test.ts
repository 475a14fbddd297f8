import { describe, expect, it } from 'vitest';
import { firstSignals, horizonSummary, summarizeBacktest, type IndexedEvent } from './summary.js';
import type { BacktestEvent } from './types.js';

function event(symbol: string, bar: number, ret: number | null, extra: Partial<BacktestEvent> = {}): IndexedEvent {
  return {
    bar,
    event: {
      symbol,
      exchange: 'NSE',
      barTime: 1_700_000_000 + bar * 86_400,
      signal: 'BUY',
      columns: {},
      entry: 100,
      returns: { 5: ret },
      mfe: { 5: ret === null ? null : ret + 1 },
      mae: { 5: ret === null ? null : -1 },
      ...extra
    }
  };
}

describe('horizon summary', () => {
  const events = [
    event('A', 0, 3),
    event('B', 0, -2),
    event('C', 0, 10),
    event('D', 0, 1),
    event('E', 0, 4),
    event('F', 0, null)
  ].map((e) => e.event);

  it('computes win rate, mean, median and interpolated percentiles by hand', () => {
    expect(horizonSummary(events, 5, false)).toEqual({
      events: 5, // F has no bar 5 bars on and is left out
      winRate: 80,
      mean: 3.2,
      median: 3,
      p10: expect.closeTo(-0.8, 10), // sorted −2, 1, 3, 4, 10: 0.4 of the way from −2 to 1
      p25: 1,
      p75: 4,
      p90: expect.closeTo(7.6, 10),
      meanMfe: 4.2,
      meanMae: -1
    });
  });

  it('adds the mean excess over the benchmark when there is one', () => {
    const withExcess = events.slice(0, 2).map((e, i) => ({ ...e, excess: { 5: i === 0 ? 2 : -1 } }));
    expect(horizonSummary(withExcess, 5, true).meanExcess).toBe(0.5);
  });

  it('says null, not NaN, for a horizon no event reaches', () => {
    expect(horizonSummary([events[5]], 5, false)).toMatchObject({ events: 0, mean: null, winRate: null, p90: null });
  });
});

describe('repeats and first signals', () => {
  // A fires on bars 10, 12 and 20; B on 10. With h = 5, A's bar 12 repeats the trade opened at 10.
  const events = [event('A', 12, 1), event('A', 10, 2), event('A', 20, 3), event('B', 10, 4)];

  it('keeps a signal only when the last counted one on that symbol is more than h bars back', () => {
    expect(firstSignals(events, 5).map((e) => [e.symbol, e.returns['5']])).toEqual([
      ['A', 2],
      ['A', 3],
      ['B', 4]
    ]);
    expect(firstSignals(events, 10).map((e) => e.returns['5'])).toEqual([2, 4]);
  });

  it('reports the repeats and the first-only statistics beside the full ones', () => {
    const summary = summarizeBacktest(events, [5], false);
    expect(summary.repeats).toEqual({ 5: 1 });
    expect(summary.horizons['5'].events).toBe(4);
    expect(summary.firstOnly['5']).toMatchObject({ events: 3, mean: 3 });
    expect(summary.notes.join(' ')).toMatch(/today's/);
  });
});
