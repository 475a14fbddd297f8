import { describe, expect, it } from 'vitest';
import { scanRow } from '$lib/results/test-helpers';
import { compareRuns, comparisonBadges } from './run-compare';

describe('compareRuns', () => {
  const previous = {
    rows: [scanRow({ symbol: 'INFY' }), scanRow({ symbol: 'TCS' }), scanRow({ symbol: 'SBIN', exchange: 'BSE' })]
  };
  const current = {
    rows: [scanRow({ symbol: 'TCS', signal: 'SELL' }), scanRow({ symbol: 'SBIN' }), scanRow({ symbol: 'WIPRO' })]
  };

  it('splits by exchange:symbol into added, dropped and unchanged', () => {
    const { added, dropped, unchanged } = compareRuns(previous, current);
    expect(added.map((r) => `${r.exchange}:${r.symbol}`)).toEqual(['NSE:SBIN', 'NSE:WIPRO']);
    expect(dropped.map((r) => `${r.exchange}:${r.symbol}`)).toEqual(['NSE:INFY', 'BSE:SBIN']);
    expect(unchanged).toEqual([current.rows[0]]);
  });

  it('treats every row as new without a previous run', () => {
    expect(compareRuns(null, current)).toEqual({ added: current.rows, dropped: [], unchanged: [] });
  });

  it('gives each current row its badge', () => {
    const badges = comparisonBadges(compareRuns(previous, current));
    expect(Object.fromEntries(badges)).toEqual({ 'NSE:TCS': 'unchanged', 'NSE:SBIN': 'new', 'NSE:WIPRO': 'new' });
  });
});
