import type { ScannerTemplate } from '../types.js';

export const relativeVolumeSpike: ScannerTemplate = {
  id: 'relative-volume-spike',
  name: 'Relative Volume Spike',
  category: 'Volume',
  description:
    "Relative volume (RVOL) at least 2 with the close in the top quarter of the bar's range: buyers in control, BUY with the bar's low as the stop",
  columns: ['price', 'rvol', 'close_in_range', 'volume', 'entry', 'stop_loss', 'target', 'risk_reward'],
  source: `/**
 * @name Relative Volume Spike
 * @category Volume
 * @description Relative volume (RVOL) at least 2 with the close in the top quarter of the bar's range: buyers in control, BUY with the bar's low as the stop
 * @interval D
 * @lookback 100
 * @param period integer 20 [5..200] Bars the volume is compared with
 * @param minRvol number 2 [1..20] Volume versus the average of the bars before it
 * @param minCloseInRange number 0.75 [0.5..1] Where the close sits in the bar's range (1 = at the high)
 * @param rewardRisk number 2 [0.5..10] Target as a multiple of the risk
 * @plot RVOL(volume, params.period) pane=lower style=histogram label="RVOL"
 */
const rvol = ta.RVOL(volume, params.period);
const range = last(high) - last(low);
const closeInRange = range > 0 ? (last(close) - last(low)) / range : 0;

signal = last(rvol) >= params.minRvol && closeInRange >= params.minCloseInRange && last(close) > last(low);
if (signal) {
  const price = last(close);
  const stop = last(low);
  signal_type = 'BUY';
  metrics = {
    price,
    rvol: last(rvol),
    close_in_range: closeInRange,
    volume: last(volume),
    entry: price,
    stop_loss: stop,
    target: price + (price - stop) * params.rewardRisk,
    risk_reward: params.rewardRisk
  };
}
`
};
