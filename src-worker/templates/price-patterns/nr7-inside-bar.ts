import type { ScannerTemplate } from '../types.js';

export const nr7InsideBar: ScannerTemplate = {
  id: 'nr7-inside-bar',
  name: 'NR7 Inside Bar',
  category: 'Price Patterns',
  description:
    'The narrowest range of the last seven bars, inside the previous bar: a tight coil with a buy-stop above and a sell-stop below',
  columns: ['Close', 'Trend', 'Buy above', 'Sell below', 'Range %', 'ATR %', 'Range / ATR'],
  source: `/**
 * @name NR7 Inside Bar
 * @category Price Patterns
 * @description The narrowest range of the last seven bars, inside the previous bar: a tight coil with a buy-stop above and a sell-stop below
 * @interval D
 * @lookback 250
 * @param narrowBars integer 7 [2..30] Today's range must be the narrowest of this many bars
 * @param requireInside boolean true Also require an inside bar (high and low within the previous bar's)
 * @param trendPeriod integer 50 [10..200] EMA that labels the trend
 */
const range = ta.SUB(high, low);
const atr = ta.ATR(high, low, close, 14);
const trend = ta.EMA(close, params.trendPeriod);
const narrowest = last(range) <= lowest(range, params.narrowBars);
const inside = last(high) <= last(high, 1) && last(low) >= last(low, 1);

Filter = narrowest && (inside || !params.requireInside);
signal_type = 'WATCH';

AddColumn('Close', close, '1.2');
AddColumn('Trend', last(close) > last(trend) ? 'Up' : 'Down');
AddColumn('Buy above', high, '1.2');
AddColumn('Sell below', low, '1.2');
AddColumn('Range %', last(range) / last(close) * 100, '1.2');
AddColumn('ATR %', last(atr) / last(close) * 100, '1.2');
AddColumn('Range / ATR', last(range) / last(atr), '1.2');
`
};
