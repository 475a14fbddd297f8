import type { ScannerTemplate } from '../types.js';

export const volatilityBreakout: ScannerTemplate = {
  id: 'volatility-breakout',
  name: 'Volatility Breakout',
  category: 'Volatility',
  description:
    'A close-to-close move larger than a multiple of the prior ATR, closing near the extreme of the bar: range expansion with intent',
  columns: ['price', 'move', 'prior_atr', 'move_in_atr', 'entry', 'stop_loss', 'target', 'risk_reward'],
  source: `/**
 * @name Volatility Breakout
 * @category Volatility
 * @description A close-to-close move larger than a multiple of the prior ATR, closing near the extreme of the bar: range expansion with intent
 * @interval D
 * @lookback 250
 * @param atrPeriod integer 14 [2..100] ATR period
 * @param multiple number 1.5 [0.5..5] Move versus the prior bar's ATR, at least
 * @param rewardRisk number 2 [0.5..10] Target as a multiple of the risk
 */
const atr = ta.ATR(high, low, close, params.atrPeriod);
// Measure against yesterday's ATR: today's bar would inflate its own yardstick.
const priorAtr = last(atr, 1);
const move = change(close, 1);
const range = last(high) - last(low);
const closeInRange = range > 0 ? (last(close) - last(low)) / range : 0.5;
const up = move >= params.multiple * priorAtr && closeInRange >= 0.7;
const down = move <= -params.multiple * priorAtr && closeInRange <= 0.3;
if (!up && !down) return null;

const price = last(close);
// The breakout bar's midpoint: losing half of the bar undoes the breakout.
const stop = (last(high) + last(low)) / 2;
const risk = Math.abs(price - stop);
return {
  signal: up ? 'BUY' : 'SELL',
  metrics: {
    price,
    move,
    prior_atr: priorAtr,
    move_in_atr: move / priorAtr,
    entry: price,
    stop_loss: stop,
    target: up ? price + risk * params.rewardRisk : price - risk * params.rewardRisk,
    risk_reward: params.rewardRisk
  }
};
`
};
