import type { ScannerTemplate } from '../types.js';

export const priceVolumeDivergence: ScannerTemplate = {
  id: 'price-volume-divergence',
  name: 'Price-Volume Divergence',
  category: 'Volume',
  description:
    'A new N-day closing high on fading volume (bearish) or a new N-day closing low on fading volume (bullish exhaustion)',
  columns: ['Close', 'Divergence', 'Price change %', 'Recent volume', 'Earlier volume', 'Volume change %', 'RSI'],
  source: `/**
 * @name Price-Volume Divergence
 * @category Volume
 * @description A new N-day closing high on fading volume (bearish) or a new N-day closing low on fading volume (bullish exhaustion)
 * @interval D
 * @lookback 250
 * @param period integer 20 [5..120] Bars for the new closing high or low
 * @param recentBars integer 10 [3..60] Recent volume window
 * @param maxVolumeRatio number 0.8 [0.1..1] Recent volume versus the window before it, at most
 */
const price = last(close);
const newHigh = price >= highest(close, params.period);
const newLow = price <= lowest(close, params.period);
// Average volume over the move's last bars against the same number of bars before them.
const recentVolume = average(volume, params.recentBars);
const earlierVolume = average(volume, params.recentBars * 2, params.recentBars);
const volumeRatio = recentVolume / earlierVolume;

Filter = (newHigh || newLow) && volumeRatio <= params.maxVolumeRatio;
signal_type = 'WATCH';

AddColumn('Close', close, '1.2');
AddColumn('Divergence', newHigh ? 'Bearish' : 'Bullish');
AddColumn('Price change %', percentChange(close, params.period), '1.1');
AddColumn('Recent volume', recentVolume, '1.0');
AddColumn('Earlier volume', earlierVolume, '1.0');
AddColumn('Volume change %', (volumeRatio - 1) * 100, '1.1');
AddColumn('RSI', ta.RSI(close, 14), '1.1');
`
};
