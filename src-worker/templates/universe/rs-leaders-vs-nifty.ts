import type { ScannerTemplate } from '../types.js';

export const rsLeadersVsNifty: ScannerTemplate = {
  id: 'rs-leaders-vs-nifty',
  name: 'RS leaders vs NIFTY (top 20)',
  category: 'Momentum',
  description:
    'The 20 stocks that beat NIFTY most over six months, in an uptrend, with a rising Mansfield relative strength',
  columns: ['price', 'rs_rating', 'mansfield_rs', 'Rank', 'rank', 'percentile'],
  source: `/**
 * @name RS leaders vs NIFTY (top 20)
 * @category Momentum
 * @description The 20 stocks that beat NIFTY most over six months, in an uptrend, with a rising Mansfield relative strength
 * @interval D
 * @lookback 250
 * @benchmark NIFTY
 * @top 20
 * @param period integer 126 [5..240] Relative strength period in bars (126 ≈ six months)
 * @param trendPeriod integer 50 [2..200] Trend SMA period
 */
if (benchmark === null) throw new Error('needs the NIFTY benchmark series (benchmark is null)');
// rsRating: the stock's return over the period relative to NIFTY's, in %.
const rating = rsRating(close, benchmark.close, params.period);
// Mansfield RS = (rs / SMA(rs, n) - 1) * 100, the SMA computed by ta like mansfieldRS(close, benchmark.close, n).
const ratio = rs(close, benchmark.close);
const ratioAverage = ta.SMA(ratio, params.period);
const mansfield = ratio.map((value, i) => (value / ratioAverage[i] - 1) * 100);
const trend = ta.SMA(close, params.trendPeriod);
Filter = rating > 0 && last(mansfield) > last(mansfield, 5) && last(close) > last(trend);
Rank = rating;
AddColumn('price', close, '1.2');
AddColumn('rs_rating', rating, '1.2');
AddColumn('mansfield_rs', mansfield, '1.2');
`
};
