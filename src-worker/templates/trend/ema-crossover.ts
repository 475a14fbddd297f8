import type { ScannerTemplate } from '../types.js';

export const emaCrossover: ScannerTemplate = {
  id: 'ema-crossover',
  name: '10/20 EMA Crossover',
  category: 'Trend',
  description:
    'The fast EMA crossing the slow EMA on the latest bar (10 over 20 by default), optionally only on above-average volume',
  columns: ['price', 'fast_ema', 'slow_ema', 'volume_ratio', 'entry', 'stop_loss', 'target', 'risk_reward'],
  source: `/**
 * @name 10/20 EMA Crossover
 * @category Trend
 * @description The fast EMA crossing the slow EMA on the latest bar (10 over 20 by default), optionally only on above-average volume
 * @interval D
 * @lookback 250
 * @param fast integer 10 [2..200] Fast EMA period
 * @param slow integer 20 [3..400] Slow EMA period
 * @param direction choice both [both|bullish|bearish] Crosses to report
 * @param needVolume boolean false Require volume above its 20-day average
 * @param rewardRisk number 2 [0.5..10] Target as a multiple of the risk
 * @plot EMA(close, params.fast)
 * @plot EMA(close, params.slow)
 */
const fast = ta.EMA(close, params.fast);
const slow = ta.EMA(close, params.slow);
const volumeRatio = last(volume) / average(volume, 20, 1);
const volumeOk = !params.needVolume || volumeRatio > 1;
const bullish = params.direction !== 'bearish' && crossover(fast, slow) && volumeOk;
const bearish = params.direction !== 'bullish' && crossunder(fast, slow) && volumeOk;

signal = bullish || bearish;
if (signal) {
  const price = last(close);
  const side = bullish ? 1 : -1;
  // Stop beyond the last five bars' extreme, at least one ATR away.
  const atr = last(ta.ATR(high, low, close, 14));
  const risk = Math.max(bullish ? price - lowest(low, 5) : highest(high, 5) - price, atr);
  signal_type = bullish ? 'BUY' : 'SELL';
  metrics = {
    price,
    fast_ema: last(fast),
    slow_ema: last(slow),
    volume_ratio: volumeRatio,
    entry: price,
    stop_loss: price - side * risk,
    target: price + side * risk * params.rewardRisk,
    risk_reward: params.rewardRisk
  };
}
`
};
