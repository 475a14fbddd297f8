import type { ScannerTemplate } from '../types.js';

export const sectorLeaders: ScannerTemplate = {
  id: 'sector-leaders-3-month-rs',
  name: 'Sector leaders by 3-month RS',
  category: 'Exploration',
  description:
    'Stocks beating NIFTY over three months, ranked by that relative strength with their industry: group the results by industry to see which sectors lead',
  columns: ['industry', 'price', 'rs_3m', 'return_3m_pct', 'Rank', 'rank', 'percentile'],
  source: `/**
 * @name Sector leaders by 3-month RS
 * @category Exploration
 * @description Stocks beating NIFTY over three months, ranked by that relative strength with their industry: group the results by industry to see which sectors lead
 * @interval D
 * @lookback 120
 * @benchmark NIFTY
 * @param period integer 63 [5..240] Relative strength period in bars (63 ≈ three months)
 */
if (benchmark === null) throw new Error('needs the NIFTY benchmark series (benchmark is null)');
const rating = rsRating(close, benchmark.close, params.period);
Filter = rating > 0;
Rank = rating;
AddColumn('industry', industry ?? 'Unknown');
AddColumn('price', close, '1.2');
AddColumn('rs_3m', rating, '1.2');
AddColumn('return_3m_pct', (last(close) / last(close, params.period) - 1) * 100, '1.2');
`
};
