import type { ScannerTemplate } from '../types.js';

export const weeklyUptrendDailyPullback: ScannerTemplate = {
  id: 'weekly-uptrend-daily-pullback',
  name: 'Weekly uptrend + daily pullback to 20 EMA',
  category: 'Trend',
  description: 'Weekly close above a rising weekly EMA while the daily bar dips to its 20 EMA and closes back above it',
  columns: ['price', 'daily_ema', 'weekly_ema', 'distance_pct'],
  source: `/**
 * @name Weekly uptrend + daily pullback to 20 EMA
 * @category Trend
 * @description Weekly close above a rising weekly EMA while the daily bar dips to its 20 EMA and closes back above it
 * @interval D
 * @lookback 250
 * @param weeklyPeriod integer 10 [2..52] Weekly EMA period
 * @param dailyPeriod integer 20 [2..200] Daily EMA period
 * @param touchPct number 1 [0..5] How close the low must come to the daily EMA, in %
 * @plot EMA(close, params.dailyPeriod)
 */
// tf('W') is built from the daily bars seen so far: its last week is still forming.
const weekly = tf('W');
const weeklyEma = ta.EMA(weekly.close, params.weeklyPeriod);
const dailyEma = ta.EMA(close, params.dailyPeriod);
const weeklyUp = last(weekly.close) > last(weeklyEma) && last(weeklyEma, 1) > last(weeklyEma, 2);
const touched = last(low) <= last(dailyEma) * (1 + params.touchPct / 100);
Filter = weeklyUp && touched && last(close) > last(dailyEma);
AddColumn('price', close, '1.2');
AddColumn('daily_ema', dailyEma, '1.2');
AddColumn('weekly_ema', weeklyEma, '1.2');
AddColumn('distance_pct', (last(close) / last(dailyEma) - 1) * 100, '1.2');
`
};
