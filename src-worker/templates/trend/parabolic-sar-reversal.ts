import type { ScannerTemplate } from '../types.js';

export const parabolicSarReversal: ScannerTemplate = {
  id: 'parabolic-sar-reversal',
  name: 'Parabolic SAR Reversal',
  category: 'Trend',
  description:
    'Parabolic SAR switching sides of price on the latest bar, taken only in the direction of the long-term EMA',
  columns: ['price', 'sar', 'trend_ema', 'entry', 'stop_loss', 'target', 'risk_reward'],
  source: `/**
 * @name Parabolic SAR Reversal
 * @category Trend
 * @description Parabolic SAR switching sides of price on the latest bar, taken only in the direction of the long-term EMA
 * @interval D
 * @lookback 250
 * @param acceleration number 0.02 [0.005..0.2] Acceleration factor step
 * @param maximum number 0.2 [0.05..1] Maximum acceleration factor
 * @param trendPeriod integer 100 [10..200] Trend EMA period
 * @param rewardRisk number 2 [0.5..10] Target as a multiple of the risk
 */
const sar = ta.SAR(high, low, params.acceleration, params.maximum);
const trend = ta.EMA(close, params.trendPeriod);
const price = last(close);
// SAR below the bar means a long trend; it flips when price crosses it.
const below = (k) => last(sar, k) < last(low, k);
const above = (k) => last(sar, k) > last(high, k);
const buy = below(0) && above(1) && price > last(trend);
const sell = above(0) && below(1) && price < last(trend);

signal = buy || sell;
if (signal) {
  const stop = last(sar);
  const risk = Math.abs(price - stop);
  signal_type = buy ? 'BUY' : 'SELL';
  metrics = {
    price,
    sar: stop,
    trend_ema: last(trend),
    entry: price,
    stop_loss: stop,
    target: buy ? price + risk * params.rewardRisk : price - risk * params.rewardRisk,
    risk_reward: params.rewardRisk
  };
}
`
};
