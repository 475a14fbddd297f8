import type { ScannerTemplate } from '../types.js';

export const volumeDryUp: ScannerTemplate = {
  id: 'volume-dry-up',
  name: 'Volume Dry-Up',
  category: 'Volume',
  description:
    'An uptrending stock whose volume shrinks to a multi-day low on a quiet bar near its highs: sellers have left',
  columns: ['Close', 'Volume', 'Avg volume 50', 'Volume ratio', 'Off 20d high %', 'Range / ATR', 'Buy above'],
  source: `/**
 * @name Volume Dry-Up
 * @category Volume
 * @description An uptrending stock whose volume shrinks to a multi-day low on a quiet bar near its highs: sellers have left
 * @interval D
 * @lookback 250
 * @param quietBars integer 10 [3..60] Volume must be the lowest of this many bars
 * @param maxRatio number 0.6 [0.1..1] Volume versus its 50-day average, at most
 * @param maxPullback number 8 [1..30] Close within this % of the 20-day high
 * @param trendPeriod integer 50 [10..200] EMA the close must be above
 */
const ema = ta.EMA(close, params.trendPeriod);
const atr = ta.ATR(high, low, close, 14);
const avgVolume = average(volume, 50, 1);
const volumeRatio = last(volume) / avgVolume;
const high20 = highest(high, 20);
const offHigh = (high20 - last(close)) / high20 * 100;
const rangeToAtr = (last(high) - last(low)) / last(atr);

Filter = last(close) > last(ema) && last(ema) > last(ema, 10)
  && last(volume) <= lowest(volume, params.quietBars)
  && volumeRatio <= params.maxRatio
  && offHigh <= params.maxPullback;
signal_type = 'WATCH';

AddColumn('Close', close, '1.2');
AddColumn('Volume', volume, '1.0');
AddColumn('Avg volume 50', avgVolume, '1.0');
AddColumn('Volume ratio', volumeRatio, '1.2');
AddColumn('Off 20d high %', offHigh, '1.1');
AddColumn('Range / ATR', rangeToAtr, '1.2');
AddColumn('Buy above', high, '1.2');
`
};
