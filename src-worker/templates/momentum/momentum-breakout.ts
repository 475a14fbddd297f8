import type { ScannerTemplate } from '../types.js';

export const momentumBreakout: ScannerTemplate = {
  id: 'momentum-breakout',
  name: 'Momentum Breakout',
  category: 'Momentum',
  description:
    'A close above the prior N-day high with strong rate of change, RSI in the power zone and above-average volume',
  columns: ['price', 'breakout_level', 'roc', 'rsi', 'volume_ratio', 'entry', 'stop_loss', 'target', 'risk_reward'],
  source: `/**
 * @name Momentum Breakout
 * @category Momentum
 * @description A close above the prior N-day high with strong rate of change, RSI in the power zone and above-average volume
 * @interval D
 * @lookback 250
 * @param breakoutBars integer 20 [5..250] Bars for the prior high
 * @param rocPeriod integer 10 [2..100] Rate-of-change period
 * @param minRoc number 5 [0..50] Minimum rate of change, %
 * @param minRsi number 60 [50..90] Minimum RSI(14)
 * @param volumeMultiple number 1.3 [0.5..10] Volume versus its 20-day average
 * @param rewardRisk number 2 [0.5..10] Target as a multiple of the risk
 */
const price = last(close);
const breakoutLevel = highest(high, params.breakoutBars, 1);
const roc = last(ta.ROC(close, params.rocPeriod));
const rsi = last(ta.RSI(close, 14));
const volumeRatio = last(volume) / average(volume, 20, 1);

if (!(price > breakoutLevel && roc >= params.minRoc && rsi >= params.minRsi && volumeRatio >= params.volumeMultiple)) return null;

// Stop under the last five bars' low, but never tighter than one ATR.
const atr = last(ta.ATR(high, low, close, 14));
const stop = Math.min(lowest(low, 5), price - atr);
const risk = price - stop;
return {
  signal: 'BUY',
  metrics: {
    price,
    breakout_level: breakoutLevel,
    roc,
    rsi,
    volume_ratio: volumeRatio,
    entry: price,
    stop_loss: stop,
    target: price + risk * params.rewardRisk,
    risk_reward: params.rewardRisk
  }
};
`
};
