import type { ScannerTemplate } from '../types.js';

export const chandelierExitFlip: ScannerTemplate = {
  id: 'chandelier-exit-flip',
  name: 'Chandelier Exit Trail Flips',
  category: 'Trend',
  description:
    'The Chandelier Exit trail flipping long (close above the short stop, BUY) or short (close below the long stop, SELL) on the latest bar',
  columns: ['price', 'long_stop', 'short_stop', 'entry', 'stop_loss', 'target', 'risk_reward'],
  source: `/**
 * @name Chandelier Exit Trail Flips
 * @category Trend
 * @description The Chandelier Exit trail flipping long (close above the short stop, BUY) or short (close below the long stop, SELL) on the latest bar
 * @interval D
 * @lookback 250
 * @param period integer 22 [2..200] ATR and highest-high / lowest-low period
 * @param multiplier number 3 [0.5..10] ATR multiplier
 * @param direction choice both [both|bullish|bearish] Flips to report
 * @param rewardRisk number 2 [0.5..10] Target as a multiple of the risk
 * @plot CE(high, low, close, params.period, params.multiplier) style=band label="Chandelier Exit"
 */
const [longStop, shortStop] = ta.CE(high, low, close, params.period, params.multiplier);
// The trail is long after a close above the previous short stop, short after a close below the previous long stop.
const side = new Float64Array(close.length);
for (let i = 1; i < close.length; i++) {
  side[i] = close[i] > shortStop[i - 1] ? 1 : close[i] < longStop[i - 1] ? -1 : side[i - 1];
}
const price = last(close);
const flippedUp = params.direction !== 'bearish' && last(side) === 1 && last(side, 1) === -1 && last(longStop) < price;
const flippedDown = params.direction !== 'bullish' && last(side) === -1 && last(side, 1) === 1 && last(shortStop) > price;

signal = flippedUp || flippedDown;
if (signal) {
  const stop = flippedUp ? last(longStop) : last(shortStop);
  const risk = Math.abs(price - stop);
  signal_type = flippedUp ? 'BUY' : 'SELL';
  metrics = {
    price,
    long_stop: last(longStop),
    short_stop: last(shortStop),
    entry: price,
    stop_loss: stop,
    target: flippedUp ? price + risk * params.rewardRisk : price - risk * params.rewardRisk,
    risk_reward: params.rewardRisk
  };
}
`
};
