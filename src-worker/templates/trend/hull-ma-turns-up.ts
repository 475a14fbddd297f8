import type { ScannerTemplate } from '../types.js';

export const hullMaTurnsUp: ScannerTemplate = {
  id: 'hull-ma-turns-up',
  name: 'Hull MA Turns Up',
  category: 'Trend',
  description:
    'The Hull Moving Average rising on the latest bar after falling or flat: BUY with the recent swing low as the stop',
  columns: ['price', 'hma', 'hma_slope_pct', 'entry', 'stop_loss', 'target', 'risk_reward'],
  source: `/**
 * @name Hull MA Turns Up
 * @category Trend
 * @description The Hull Moving Average rising on the latest bar after falling or flat: BUY with the recent swing low as the stop
 * @interval D
 * @lookback 250
 * @param period integer 20 [4..200] Hull MA period
 * @param swingBars integer 5 [2..50] Bars for the swing-low stop
 * @param rewardRisk number 2 [0.5..10] Target as a multiple of the risk
 * @plot HMA(close, params.period) label="Hull MA"
 */
const hull = ta.HMA(close, params.period);
signal = last(hull) > last(hull, 1) && last(hull, 1) <= last(hull, 2);
if (signal) {
  const price = last(close);
  // Half an ATR under the close at least, so a close on the swing low still has room.
  const stop = Math.min(lowest(low, params.swingBars), price - 0.5 * last(ta.ATR(high, low, close, 14)));
  signal_type = 'BUY';
  metrics = {
    price,
    hma: last(hull),
    hma_slope_pct: percentChange(hull, 1),
    entry: price,
    stop_loss: stop,
    target: price + (price - stop) * params.rewardRisk,
    risk_reward: params.rewardRisk
  };
}
`
};
