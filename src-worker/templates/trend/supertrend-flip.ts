import type { ScannerTemplate } from '../types.js';

export const supertrendFlip: ScannerTemplate = {
  id: 'supertrend-flip',
  name: 'SuperTrend Flip',
  category: 'Trend',
  description:
    'SuperTrend turning up (BUY) or down (SELL) on the latest bar, with the SuperTrend line as the trailing stop',
  columns: ['price', 'supertrend', 'atr', 'entry', 'stop_loss', 'target', 'risk_reward'],
  source: `/**
 * @name SuperTrend Flip
 * @category Trend
 * @description SuperTrend turning up (BUY) or down (SELL) on the latest bar, with the SuperTrend line as the trailing stop
 * @interval D
 * @lookback 250
 * @param period integer 10 [1..100] ATR period
 * @param multiplier number 3 [0.5..10] ATR multiplier
 * @param direction choice both [both|bullish|bearish] Flips to report
 * @param rewardRisk number 2 [0.5..10] Target as a multiple of the risk
 * @plot SUPERTREND(high, low, close, params.period, params.multiplier)[0] label="SuperTrend"
 */
const [line, trend] = ta.SUPERTREND(high, low, close, params.period, params.multiplier);
const flippedUp = params.direction !== 'bearish' && last(trend) === 1 && last(trend, 1) === -1;
const flippedDown = params.direction !== 'bullish' && last(trend) === -1 && last(trend, 1) === 1;

signal = flippedUp || flippedDown;
if (signal) {
  const price = last(close);
  const stop = last(line);
  const risk = Math.abs(price - stop);
  signal_type = flippedUp ? 'BUY' : 'SELL';
  metrics = {
    price,
    supertrend: stop,
    atr: last(ta.ATR(high, low, close, params.period)),
    entry: price,
    stop_loss: stop,
    target: flippedUp ? price + risk * params.rewardRisk : price - risk * params.rewardRisk,
    risk_reward: params.rewardRisk
  };
}
`
};
