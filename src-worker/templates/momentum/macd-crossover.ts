import type { ScannerTemplate } from '../types.js';

export const macdCrossover: ScannerTemplate = {
  id: 'macd-crossover',
  name: 'MACD Crossover',
  category: 'Momentum',
  description:
    'MACD line crossing its signal line on the latest bar: BUY on a bullish cross, SELL on a bearish one, with an ATR stop',
  columns: ['price', 'macd', 'signal_line', 'histogram', 'entry', 'stop_loss', 'target', 'risk_reward'],
  source: `/**
 * @name MACD Crossover
 * @category Momentum
 * @description MACD line crossing its signal line on the latest bar: BUY on a bullish cross, SELL on a bearish one, with an ATR stop
 * @interval D
 * @lookback 250
 * @param fast integer 12 [2..100] Fast EMA period
 * @param slow integer 26 [3..200] Slow EMA period
 * @param signalPeriod integer 9 [2..50] Signal line period
 * @param direction choice both [both|bullish|bearish] Crosses to report
 * @param atrMultiple number 2 [0.5..5] Stop distance in ATRs
 * @param rewardRisk number 2 [0.5..10] Target as a multiple of the risk
 * @plot MACD(close, params.fast, params.slow, params.signalPeriod) pane=lower
 */
const [macd, macdSignal, histogram] = ta.MACD(close, params.fast, params.slow, params.signalPeriod);
const atr = ta.ATR(high, low, close, 14);
const bullish = params.direction !== 'bearish' && crossover(macd, macdSignal);
const bearish = params.direction !== 'bullish' && crossunder(macd, macdSignal);

signal = bullish || bearish;
if (signal) {
  const price = last(close);
  const side = bullish ? 1 : -1;
  const risk = params.atrMultiple * last(atr);
  signal_type = bullish ? 'BUY' : 'SELL';
  metrics = {
    price,
    macd: last(macd),
    signal_line: last(macdSignal),
    histogram: last(histogram),
    entry: price,
    stop_loss: price - side * risk,
    target: price + side * risk * params.rewardRisk,
    risk_reward: params.rewardRisk
  };
}
`
};
