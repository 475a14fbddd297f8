import type { ScannerTemplate } from '../types.js';

export const stochasticCrossover: ScannerTemplate = {
  id: 'stochastic-crossover',
  name: 'Stochastic Crossover',
  category: 'Momentum',
  description: 'Slow %K crossing %D inside the oversold zone (BUY) or the overbought zone (SELL)',
  columns: ['price', 'slow_k', 'slow_d', 'entry', 'stop_loss', 'target', 'risk_reward'],
  source: `/**
 * @name Stochastic Crossover
 * @category Momentum
 * @description Slow %K crossing %D inside the oversold zone (BUY) or the overbought zone (SELL)
 * @interval D
 * @lookback 250
 * @param kPeriod integer 14 [2..100] %K lookback
 * @param slowing integer 3 [1..20] %K slowing
 * @param dPeriod integer 3 [1..20] %D period
 * @param oversold number 20 [5..50] Oversold level
 * @param overbought number 80 [50..95] Overbought level
 * @param rewardRisk number 2 [0.5..10] Target as a multiple of the risk
 */
const [slowK, slowD] = ta.STOCH(high, low, close, params.kPeriod, params.slowing, 0, params.dPeriod, 0);
// The cross counts when %K was in the zone on the bar before it crossed.
const bullish = crossover(slowK, slowD) && last(slowK, 1) < params.oversold;
const bearish = crossunder(slowK, slowD) && last(slowK, 1) > params.overbought;

signal = bullish || bearish;
if (signal) {
  const price = last(close);
  const side = bullish ? 1 : -1;
  // Stop beyond the extreme of the %K window (the range the oscillator measures), half an ATR to three ATRs away.
  const extreme = bullish ? lowest(low, params.kPeriod) : highest(high, params.kPeriod);
  const atr = last(ta.ATR(high, low, close, 14));
  const risk = Math.min(Math.max(Math.abs(price - extreme), 0.5 * atr), 3 * atr);
  signal_type = bullish ? 'BUY' : 'SELL';
  metrics = {
    price,
    slow_k: last(slowK),
    slow_d: last(slowD),
    entry: price,
    stop_loss: price - side * risk,
    target: price + side * risk * params.rewardRisk,
    risk_reward: params.rewardRisk
  };
}
`
};
