import type { ScannerTemplate } from '../types.js';

export const rsiOversoldOverbought: ScannerTemplate = {
  id: 'rsi-oversold-overbought',
  name: 'RSI Oversold / Overbought',
  category: 'Momentum',
  description:
    'RSI climbing back out of the oversold zone (BUY) or falling out of the overbought zone (SELL), stop beyond the recent swing',
  columns: ['price', 'rsi', 'rsi_extreme', 'entry', 'stop_loss', 'target', 'risk_reward'],
  source: `/**
 * @name RSI Oversold / Overbought
 * @category Momentum
 * @description RSI climbing back out of the oversold zone (BUY) or falling out of the overbought zone (SELL), stop beyond the recent swing
 * @interval D
 * @lookback 250
 * @param period integer 14 [2..100] RSI period
 * @param oversold number 30 [5..50] Oversold level
 * @param overbought number 70 [50..95] Overbought level
 * @param mode choice exit [exit|inside] Signal when RSI leaves the zone, or on every bar inside it
 * @param swingBars integer 10 [3..50] Bars for the swing low/high that sets the stop
 * @param rewardRisk number 2 [0.5..10] Target as a multiple of the risk
 * @plot RSI(close, params.period) pane=lower
 */
const rsi = ta.RSI(close, params.period);
const now = last(rsi);
const exits = params.mode === 'exit';
const buy = exits ? crossover(rsi, params.oversold) : now < params.oversold;
const sell = exits ? crossunder(rsi, params.overbought) : now > params.overbought;
if (!buy && !sell) return null;

const price = last(close);
// Stop beyond the swing the RSI extreme formed on, kept between half an ATR and three ATRs
// so that neither a close on the swing nor a crash bar gives a meaningless stop.
const swing = buy ? lowest(low, params.swingBars) : highest(high, params.swingBars);
const atr = last(ta.ATR(high, low, close, 14));
const risk = Math.min(Math.max(Math.abs(price - swing), 0.5 * atr), 3 * atr);
const side = buy ? 1 : -1;
return {
  signal: buy ? 'BUY' : 'SELL',
  metrics: {
    price,
    rsi: now,
    rsi_extreme: buy ? lowest(rsi, params.swingBars) : highest(rsi, params.swingBars),
    entry: price,
    stop_loss: price - side * risk,
    target: price + side * risk * params.rewardRisk,
    risk_reward: params.rewardRisk
  }
};
`
};
