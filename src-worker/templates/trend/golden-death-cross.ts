import type { ScannerTemplate } from '../types.js';

export const goldenDeathCross: ScannerTemplate = {
  id: 'golden-death-cross',
  name: 'Golden / Death Cross',
  category: 'Trend',
  description:
    'The 50-day SMA crossing the 200-day SMA within the last few bars: golden cross (BUY) or death cross (SELL)',
  columns: [
    'price',
    'sma_fast',
    'sma_slow',
    'bars_since_cross',
    'gap_pct',
    'entry',
    'stop_loss',
    'target',
    'risk_reward'
  ],
  source: `/**
 * @name Golden / Death Cross
 * @category Trend
 * @description The 50-day SMA crossing the 200-day SMA within the last few bars: golden cross (BUY) or death cross (SELL)
 * @interval D
 * @lookback 300
 * @param fast integer 50 [5..150] Fast SMA period
 * @param slow integer 200 [20..250] Slow SMA period
 * @param within integer 5 [1..30] The cross happened at most this many bars ago (1 = today only)
 * @param atrMultiple number 3 [0.5..10] Stop distance in ATRs
 * @param rewardRisk number 3 [0.5..10] Target as a multiple of the risk
 * @plot SMA(close, params.fast)
 * @plot SMA(close, params.slow)
 */
const fast = ta.SMA(close, params.fast);
const slow = ta.SMA(close, params.slow);
const gap = (k) => last(fast, k) - last(slow, k);

// The newest bar on which the fast average changed sides, if recent enough.
let barsAgo = -1;
for (let k = 0; k < params.within && barsAgo < 0; k++) {
  if (Number.isFinite(gap(k + 1)) && gap(k) !== 0 && Math.sign(gap(k)) !== Math.sign(gap(k + 1))) barsAgo = k;
}
// Still on the new side today: a cross that has already been undone does not count.
const golden = barsAgo >= 0 && gap(0) > 0 && gap(barsAgo + 1) <= 0;
const death = barsAgo >= 0 && gap(0) < 0 && gap(barsAgo + 1) >= 0;

signal = golden || death;
if (signal) {
  const price = last(close);
  const side = golden ? 1 : -1;
  const risk = params.atrMultiple * last(ta.ATR(high, low, close, 14));
  signal_type = golden ? 'BUY' : 'SELL';
  metrics = {
    price,
    sma_fast: last(fast),
    sma_slow: last(slow),
    bars_since_cross: barsAgo,
    gap_pct: gap(0) / last(slow) * 100,
    entry: price,
    stop_loss: price - side * risk,
    target: price + side * risk * params.rewardRisk,
    risk_reward: params.rewardRisk
  };
}
`
};
