import type { ScannerTemplate } from '../types.js';

export const monthlyBreakout: ScannerTemplate = {
  id: 'monthly-breakout-12-month-high',
  name: 'Monthly breakout above 12-month high',
  category: 'Price Patterns',
  description:
    'The daily close clears the highest monthly high of the last 12 completed months, on the day it first does',
  columns: ['price', 'high_12m', 'breakout_pct', 'month_change_pct'],
  source: `/**
 * @name Monthly breakout above 12-month high
 * @category Price Patterns
 * @description The daily close clears the highest monthly high of the last 12 completed months, on the day it first does
 * @interval D
 * @lookback 300
 * @param months integer 12 [2..24] Completed months the high is taken over
 */
// tf('M') is built from the daily bars seen so far: its last month is still forming, so the
// level is the high of the months before it.
const monthly = tf('M');
const completed = monthly.high.length - 1;
let level = NaN;
if (completed >= params.months) {
  level = -Infinity;
  for (let i = completed - params.months; i < completed; i++) level = Math.max(level, monthly.high[i]);
}
Filter = last(close) > level && last(close, 1) <= level;
AddColumn('price', close, '1.2');
AddColumn('high_12m', level, '1.2');
AddColumn('breakout_pct', (last(close) / level - 1) * 100, '1.2');
AddColumn('month_change_pct', (last(monthly.close) / monthly.close[completed - 1] - 1) * 100, '1.2');
`
};
