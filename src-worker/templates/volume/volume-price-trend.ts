import type { ScannerTemplate } from '../types.js';

export const volumePriceTrend: ScannerTemplate = {
  id: 'volume-price-trend',
  name: 'Volume Price Trend',
  category: 'Volume',
  description: 'The Volume Price Trend line crossing its signal line with price on the same side of its trend average',
  columns: ['price', 'vpt', 'vpt_signal', 'trend_sma', 'entry', 'stop_loss', 'target', 'risk_reward'],
  source: `/**
 * @name Volume Price Trend
 * @category Volume
 * @description The Volume Price Trend line crossing its signal line with price on the same side of its trend average
 * @interval D
 * @lookback 250
 * @param signalPeriod integer 13 [2..100] EMA of VPT used as its signal line
 * @param trendPeriod integer 50 [10..200] Price trend SMA
 * @param atrMultiple number 2 [0.5..5] Stop distance in ATRs
 * @param rewardRisk number 2 [0.5..10] Target as a multiple of the risk
 */
// VPT: a running total of volume weighted by each bar's percentage change.
const vpt = new Float64Array(close.length);
for (let i = 1; i < close.length; i++) {
  vpt[i] = vpt[i - 1] + volume[i] * (close[i] - close[i - 1]) / close[i - 1];
}
const vptSignal = ta.EMA(vpt, params.signalPeriod);
const trend = ta.SMA(close, params.trendPeriod);
const price = last(close);
const buy = crossover(vpt, vptSignal) && price > last(trend);
const sell = crossunder(vpt, vptSignal) && price < last(trend);
if (!buy && !sell) return null;

const side = buy ? 1 : -1;
const risk = params.atrMultiple * last(ta.ATR(high, low, close, 14));
return {
  signal: buy ? 'BUY' : 'SELL',
  metrics: {
    price,
    vpt: last(vpt),
    vpt_signal: last(vptSignal),
    trend_sma: last(trend),
    entry: price,
    stop_loss: price - side * risk,
    target: price + side * risk * params.rewardRisk,
    risk_reward: params.rewardRisk
  }
};
`
};
