import type { ScannerTemplate } from '../types.js';

export const keltnerBreakout: ScannerTemplate = {
  id: 'keltner-breakout',
  name: 'Keltner Channel Breakout',
  category: 'Volatility',
  description:
    'A close breaking out above the upper Keltner Channel (BUY) or below the lower one (SELL), stop at the middle line',
  columns: ['price', 'upper', 'middle', 'lower', 'entry', 'stop_loss', 'target', 'risk_reward'],
  source: `/**
 * @name Keltner Channel Breakout
 * @category Volatility
 * @description A close breaking out above the upper Keltner Channel (BUY) or below the lower one (SELL), stop at the middle line
 * @interval D
 * @lookback 250
 * @param period integer 20 [2..200] EMA period
 * @param multiplier number 2 [0.5..5] Channel width in ATRs
 * @param atrPeriod integer 10 [1..100] ATR period
 * @param rewardRisk number 2 [0.5..10] Target as a multiple of the risk
 * @plot KELTNER(high, low, close, params.period, params.multiplier, params.atrPeriod)
 */
const [upper, middle, lower] = ta.KELTNER(high, low, close, params.period, params.multiplier, params.atrPeriod);
const breakoutUp = crossover(close, upper);
const breakoutDown = crossunder(close, lower);

signal = breakoutUp || breakoutDown;
if (signal) {
  const price = last(close);
  const stop = last(middle);
  const risk = Math.abs(price - stop);
  signal_type = breakoutUp ? 'BUY' : 'SELL';
  metrics = {
    price,
    upper: last(upper),
    middle: stop,
    lower: last(lower),
    entry: price,
    stop_loss: stop,
    target: breakoutUp ? price + risk * params.rewardRisk : price - risk * params.rewardRisk,
    risk_reward: params.rewardRisk
  };
}
`
};
