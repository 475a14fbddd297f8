import type { ScannerTemplate } from '../types.js';

export const fibonacciRetracement: ScannerTemplate = {
  id: 'fibonacci-retracement',
  name: 'Fibonacci Retracement Zone',
  category: 'Price Patterns',
  description:
    'Price pulled back into the 50-61.8% retracement of the latest swing: buy the dip in an up-swing, sell the rally in a down-swing',
  columns: [
    'price',
    'swing_high',
    'swing_low',
    'retracement_pct',
    'fib_500',
    'fib_618',
    'entry',
    'stop_loss',
    'target',
    'risk_reward'
  ],
  source: `/**
 * @name Fibonacci Retracement Zone
 * @category Price Patterns
 * @description Price pulled back into the 50-61.8% retracement of the latest swing: buy the dip in an up-swing, sell the rally in a down-swing
 * @interval D
 * @lookback 250
 * @param swingBars integer 60 [10..250] Bars searched for the swing high and low
 * @param minSwing number 12 [2..100] Smallest swing worth trading, %
 * @param zoneFrom number 50 [0..100] Retracement zone start, %
 * @param zoneTo number 61.8 [0..100] Retracement zone end, %
 * @param stopLevel number 78.6 [50..100] Retracement that invalidates the setup, %
 */
// The swing: the extreme high and low of the window and which came first.
const start = Math.max(0, close.length - params.swingBars);
let highAt = start, lowAt = start;
for (let i = start; i < close.length; i++) {
  if (high[i] >= high[highAt]) highAt = i;
  if (low[i] <= low[lowAt]) lowAt = i;
}
const swingHigh = high[highAt];
const swingLow = low[lowAt];
const height = swingHigh - swingLow;
const upSwing = lowAt < highAt;
const price = last(close);
const barsSinceExtreme = close.length - 1 - (upSwing ? highAt : lowAt);
// How much of the swing has been given back: 0 at the extreme, 100 back at the origin.
const retracement = (upSwing ? swingHigh - price : price - swingLow) / height * 100;

const inZone = retracement >= params.zoneFrom && retracement <= params.zoneTo;
if (!(inZone && barsSinceExtreme >= 3 && height / swingLow * 100 >= params.minSwing)) return null;

const level = (pct) => (upSwing ? swingHigh - height * pct / 100 : swingLow + height * pct / 100);
const stop = level(params.stopLevel);
// Target a retest of the swing extreme.
const target = upSwing ? swingHigh : swingLow;
return {
  signal: upSwing ? 'BUY' : 'SELL',
  metrics: {
    price,
    swing_high: swingHigh,
    swing_low: swingLow,
    retracement_pct: retracement,
    fib_500: level(50),
    fib_618: level(61.8),
    entry: price,
    stop_loss: stop,
    target,
    risk_reward: Math.abs(target - price) / Math.abs(price - stop)
  }
};
`
};
