import { describe, expect, it } from 'vitest';
import { compareCells, filterRows, sortRows } from './row-order';
import { scanRow } from './test-helpers';

const rows = [
  scanRow({ symbol: 'TCS', signal: 'SELL', columns: { Close: 4012.5, Trend: 'down' } }),
  scanRow({ symbol: 'INFY', signal: 'BUY', columns: { Close: 1520.45, Trend: 'up' } }),
  scanRow({ symbol: 'M&M', signal: 'WATCH', columns: { Close: null, Trend: 'flat' } }),
  scanRow({ symbol: 'HDFCBANK', signal: 'BUY', columns: { Close: 980, Trend: 'up' } })
];

describe('sortRows', () => {
  it('sorts numbers numerically both ways, blanks last either way', () => {
    expect(sortRows(rows, 'column:Close', 'asc').map((r) => r.symbol)).toEqual(['HDFCBANK', 'INFY', 'TCS', 'M&M']);
    expect(sortRows(rows, 'column:Close', 'desc').map((r) => r.symbol)).toEqual(['TCS', 'INFY', 'HDFCBANK', 'M&M']);
  });

  it('sorts text naturally and leaves the input alone', () => {
    const numbered = ['A10', 'A2', 'a1'].map((symbol) => scanRow({ symbol }));
    expect(sortRows(numbered, 'symbol', 'asc').map((r) => r.symbol)).toEqual(['a1', 'A2', 'A10']);
    expect(numbered[0].symbol).toBe('A10');
  });

  it('puts numbers before text in a mixed column', () => {
    expect(compareCells(5, 'x', 'asc')).toBeLessThan(0);
    expect(compareCells('x', 5, 'desc')).toBeGreaterThan(0);
  });
});

describe('filterRows', () => {
  it('matches symbol, signal or any column, case-insensitively', () => {
    expect(filterRows(rows, 'infy', null).map((r) => r.symbol)).toEqual(['INFY']);
    expect(filterRows(rows, 'FLAT', null).map((r) => r.symbol)).toEqual(['M&M']);
    expect(filterRows(rows, '4012', null).map((r) => r.symbol)).toEqual(['TCS']);
  });

  it('narrows to one signal', () => {
    expect(filterRows(rows, '', 'BUY').map((r) => r.symbol)).toEqual(['INFY', 'HDFCBANK']);
    expect(filterRows(rows, 'hdfc', 'BUY').map((r) => r.symbol)).toEqual(['HDFCBANK']);
  });
});
