import type { ScannerTemplate } from '../types.js';

export const obvTrend: ScannerTemplate = {
  id: 'obv-trend',
  name: 'OBV Trend',
  category: 'Volume',
  description:
    'On-balance volume crossing its EMA in the direction of the price trend: accumulation (BUY) or distribution (SELL)',
  columns: ['price', 'obv', 'obv_ema', 'obv_slope_pct', 'entry', 'stop_loss', 'target', 'risk_reward'],
  source: `/**
 * @name OBV Trend
 * @category Volume
 * @description On-balance volume crossing its EMA in the direction of the price trend: accumulation (BUY) or distribution (SELL)
 * @interval D
 * @lookback 250
 * @param obvPeriod integer 20 [2..100] EMA of OBV
 * @param trendPeriod integer 50 [10..200] Price trend SMA
 * @param atrMultiple number 2 [0.5..5] Stop distance in ATRs
 * @param rewardRisk number 2 [0.5..10] Target as a multiple of the risk
 */
const obv = ta.OBV(close, volume);
const obvEma = ta.EMA(obv, params.obvPeriod);
const trend = ta.SMA(close, params.trendPeriod);
const price = last(close);
const accumulation = crossover(obv, obvEma) && price > last(trend);
const distribution = crossunder(obv, obvEma) && price < last(trend);

signal = accumulation || distribution;
if (signal) {
  const side = accumulation ? 1 : -1;
  const risk = params.atrMultiple * last(ta.ATR(high, low, close, 14));
  // OBV's own scale is arbitrary: express its 10-bar slope against today's volume.
  const slope = last(ta.LINEARREG_SLOPE(obv, 10)) / average(volume, 20) * 100;
  signal_type = accumulation ? 'BUY' : 'SELL';
  metrics = {
    price,
    obv: last(obv),
    obv_ema: last(obvEma),
    obv_slope_pct: slope,
    entry: price,
    stop_loss: price - side * risk,
    target: price + side * risk * params.rewardRisk,
    risk_reward: params.rewardRisk
  };
}
`
};
