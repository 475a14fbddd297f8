import { describe, expect, it } from 'vitest';
import type { ScanRow } from '../pool/scan-types.js';
import { rankCrossSection } from './rank-rows.js';
import { rankScanRows } from './rank-scan-rows.js';

const row = (symbol: string, score: number | null | string, barTime = 100): ScanRow => ({
  symbol,
  exchange: 'NSE',
  signal: 'EXPLORE',
  columns: { Rank: score },
  barTime
});
const summary = (rows: ScanRow[]) => rows.map((r) => [r.symbol, r.columns.rank, r.columns.percentile]);

describe('rankCrossSection', () => {
  it('ranks highest first; ties share the better rank and the next rank skips', () => {
    const ranked = rankCrossSection([row('A', 5), row('B', 9), row('C', 7), row('D', 7), row('E', 1)]);
    expect(summary(ranked)).toEqual([
      ['B', 1, 100],
      ['C', 2, 75],
      ['D', 2, 75],
      ['A', 4, 25],
      ['E', 5, 0]
    ]);
  });

  it('puts rows without a numeric score last with null rank and percentile', () => {
    const ranked = rankCrossSection([row('A', null), row('B', 3), row('C', 'high'), row('D', 2)]);
    expect(summary(ranked)).toEqual([
      ['B', 1, 100],
      ['D', 2, 0],
      ['A', null, null],
      ['C', null, null]
    ]);
  });

  it('keeps the top N, with every row tied at the boundary', () => {
    const rows = [row('A', 1), row('B', 4), row('C', 3), row('D', 3), row('E', 2)];
    expect(rankCrossSection(rows, 2).map((r) => r.symbol)).toEqual(['B', 'C', 'D']);
    expect(rankCrossSection(rows, 1).map((r) => r.symbol)).toEqual(['B']);
    expect(rankCrossSection([row('A', 7)])[0].columns).toEqual({ Rank: 7, rank: 1, percentile: 100 });
  });

  it('leaves its input untouched', () => {
    const rows = [row('A', 2), row('B', 1)];
    rankCrossSection(rows, 1);
    expect(rows.map((r) => r.columns)).toEqual([{ Rank: 2 }, { Rank: 1 }]);
  });
});

describe('rankScanRows per bar (a backtest)', () => {
  it('ranks and cuts each bar separately, in bar order', () => {
    const rows = [row('A', 1, 200), row('B', 5, 100), row('C', 3, 200), row('A', 2, 100), row('D', 9, 200)];
    const ranked = rankScanRows(rows, { top: 2, perBar: true });
    expect(ranked.map((r) => [r.barTime, r.symbol, r.columns.rank])).toEqual([
      [100, 'B', 1],
      [100, 'A', 2],
      [200, 'D', 1],
      [200, 'C', 2]
    ]);
  });

  it('ranks a plain scan as one cross-section whatever the bar times', () => {
    const ranked = rankScanRows([row('A', 1, 100), row('B', 2, 200)], { perBar: false });
    expect(summary(ranked)).toEqual([
      ['B', 1, 100],
      ['A', 2, 0]
    ]);
  });
});
