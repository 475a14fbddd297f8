import type { ScannerTemplate } from '../types.js';

export const connorsRsiPullback: ScannerTemplate = {
  id: 'connors-rsi-pullback',
  name: 'Connors RSI Below 10 in an Uptrend',
  category: 'Momentum',
  description:
    'Connors RSI below 10 while the close is above its 200-day average: a short-term washout in a long-term uptrend, BUY',
  columns: ['price', 'crsi', 'sma_trend', 'atr', 'entry', 'stop_loss', 'target', 'risk_reward'],
  source: `/**
 * @name Connors RSI Below 10 in an Uptrend
 * @category Momentum
 * @description Connors RSI below 10 while the close is above its 200-day average: a short-term washout in a long-term uptrend, BUY
 * @interval D
 * @lookback 250
 * @param threshold number 10 [1..50] Connors RSI below this
 * @param trendPeriod integer 200 [20..240] Uptrend: close above the SMA of this many bars
 * @param rewardRisk number 1.5 [0.5..10] Target as a multiple of the risk
 * @plot CRSI(close) pane=lower label="Connors RSI"
 */
const crsi = ta.CRSI(close, 3, 2, 100);
const trend = ta.SMA(close, params.trendPeriod);
const price = last(close);

signal = last(crsi) < params.threshold && price > last(trend);
if (signal) {
  const atr = last(ta.ATR(high, low, close, 14));
  // Mean reversion: room for two ATRs of further weakness before the idea is wrong.
  const stop = price - 2 * atr;
  signal_type = 'BUY';
  metrics = {
    price,
    crsi: last(crsi),
    sma_trend: last(trend),
    atr,
    entry: price,
    stop_loss: stop,
    target: price + 2 * atr * params.rewardRisk,
    risk_reward: params.rewardRisk
  };
}
`
};
