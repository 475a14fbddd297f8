import type { ScannerTemplate } from '../types.js';

export const candlestickPatterns: ScannerTemplate = {
  id: 'candlestick-patterns',
  name: 'Candlestick Reversal Patterns',
  category: 'Price Patterns',
  description:
    'Engulfing, hammer, morning/evening star, piercing, dark cloud, shooting star, harami, doji and more on the latest bar, in trend context',
  columns: ['price', 'pattern', 'prior_trend', 'entry', 'stop_loss', 'target', 'risk_reward'],
  source: `/**
 * @name Candlestick Reversal Patterns
 * @category Price Patterns
 * @description Engulfing, hammer, morning/evening star, piercing, dark cloud, shooting star, harami, doji and more on the latest bar, in trend context
 * @interval D
 * @lookback 250
 * @param trendFilter boolean true Bullish patterns only after a decline, bearish only after an advance
 * @param trendPeriod integer 20 [5..100] SMA that defines the prior trend
 * @param rewardRisk number 2 [0.5..10] Target as a multiple of the risk
 */
// [name, TA-Lib result, bias]: 'both' patterns report +100 bullish / -100 bearish.
const patterns = [
  ['Engulfing', ta.CDLENGULFING(open, high, low, close), 'both'],
  ['Harami', ta.CDLHARAMI(open, high, low, close), 'both'],
  ['Hammer', ta.CDLHAMMER(open, high, low, close), 'bullish'],
  ['Inverted hammer', ta.CDLINVERTEDHAMMER(open, high, low, close), 'bullish'],
  ['Morning star', ta.CDLMORNINGSTAR(open, high, low, close, 0.3), 'bullish'],
  ['Piercing line', ta.CDLPIERCING(open, high, low, close), 'bullish'],
  ['Three white soldiers', ta.CDL3WHITESOLDIERS(open, high, low, close), 'bullish'],
  ['Evening star', ta.CDLEVENINGSTAR(open, high, low, close, 0.3), 'bearish'],
  ['Dark cloud cover', ta.CDLDARKCLOUDCOVER(open, high, low, close, 0.5), 'bearish'],
  ['Shooting star', ta.CDLSHOOTINGSTAR(open, high, low, close), 'bearish'],
  ['Hanging man', ta.CDLHANGINGMAN(open, high, low, close), 'bearish'],
  ['Three black crows', ta.CDL3BLACKCROWS(open, high, low, close), 'bearish'],
  ['Doji', ta.CDLDOJI(open, high, low, close), 'neutral']
];

// The trend before the pattern: where the close stood against its SMA three bars ago.
const sma = ta.SMA(close, params.trendPeriod);
const declining = last(close, 3) < last(sma, 3);
const allowBullish = !params.trendFilter || declining;
const allowBearish = !params.trendFilter || !declining;
// A doji only means something at the end of a move: on a fresh 10-bar low after a decline or high after an advance.
const atExtreme = declining ? last(low) <= lowest(low, 10) : last(high) >= highest(high, 10);

const bullish = [], bearish = [], neutral = [];
for (const [name, result, bias] of patterns) {
  const value = last(result);
  if (value === 0) continue;
  const isBullish = bias === 'bullish' || (bias === 'both' && value > 0);
  const isBearish = bias === 'bearish' || (bias === 'both' && value < 0);
  const label = bias === 'both' ? (value > 0 ? 'Bullish ' : 'Bearish ') + name.toLowerCase() : name;
  if (isBullish && allowBullish) bullish.push(label);
  else if (isBearish && allowBearish) bearish.push(label);
  else if (bias === 'neutral' && atExtreme) neutral.push(label);
}
if (bullish.length + bearish.length + neutral.length === 0) return null;

// Reversal patterns act on their own extreme: a long is wrong below the pattern's low.
const price = last(close);
const atr = last(ta.ATR(high, low, close, 14));
const long = bullish.length > bearish.length || (bullish.length === bearish.length && declining);
const found = bullish.length > 0 || bearish.length > 0 ? (long ? bullish : bearish) : neutral;
// A doji alone is indecision: WATCH, entering only beyond its high (after a decline) or low.
const confirmed = found !== neutral;
const entry = confirmed ? price : long ? last(high) : last(low);
const stop = long ? Math.min(lowest(low, 3), entry - 0.5 * atr) : Math.max(highest(high, 3), entry + 0.5 * atr);
const risk = Math.abs(entry - stop);
return {
  signal: confirmed ? (long ? 'BUY' : 'SELL') : 'WATCH',
  metrics: {
    price,
    pattern: found.join(', '),
    prior_trend: declining ? 'Down' : 'Up',
    entry,
    stop_loss: stop,
    target: long ? entry + risk * params.rewardRisk : entry - risk * params.rewardRisk,
    risk_reward: params.rewardRisk
  }
};
`
};
