import type { ScannerTemplate } from '../types.js';

export const bollingerSqueeze: ScannerTemplate = {
  id: 'bollinger-squeeze',
  name: 'Bollinger Squeeze',
  category: 'Volatility',
  description:
    'Bollinger Band width at or near its lowest in months: volatility is coiled and a large move tends to follow',
  columns: ['Close', 'Bandwidth %', 'Lowest width %', 'Upper band', 'Lower band', 'Bars inside Keltner', 'Bias'],
  source: `/**
 * @name Bollinger Squeeze
 * @category Volatility
 * @description Bollinger Band width at or near its lowest in months: volatility is coiled and a large move tends to follow
 * @interval D
 * @lookback 250
 * @param period integer 20 [5..100] Bollinger period
 * @param deviations number 2 [0.5..4] Band width in standard deviations
 * @param widthBars integer 120 [20..220] Bandwidth must be near its lowest of this many bars
 * @param tolerance number 10 [0..50] How far above that lowest width still counts, %
 * @plot BBANDS(close, params.period, params.deviations, params.deviations)
 */
const [upper, middle, lower] = ta.BBANDS(close, params.period, params.deviations, params.deviations, 0);
const bandwidth = upper.map((u, i) => (u - lower[i]) / middle[i] * 100);
const lowestWidth = lowest(bandwidth, params.widthBars);

// The classic TTM squeeze: Bollinger Bands inside Keltner Channels (1.5 ATR).
const [keltnerUpper, , keltnerLower] = ta.KELTNER(high, low, close, params.period, 1.5, params.period);
let insideKeltner = 0;
while (insideKeltner < close.length - 1
  && last(upper, insideKeltner) < last(keltnerUpper, insideKeltner)
  && last(lower, insideKeltner) > last(keltnerLower, insideKeltner)) insideKeltner++;

Filter = last(bandwidth) <= lowestWidth * (1 + params.tolerance / 100);
signal_type = 'WATCH';

AddColumn('Close', close, '1.2');
AddColumn('Bandwidth %', bandwidth, '1.2');
AddColumn('Lowest width %', lowestWidth, '1.2');
AddColumn('Upper band', upper, '1.2');
AddColumn('Lower band', lower, '1.2');
AddColumn('Bars inside Keltner', insideKeltner, '1.0');
AddColumn('Bias', last(close) > last(middle) ? 'Above middle' : 'Below middle');
`
};
