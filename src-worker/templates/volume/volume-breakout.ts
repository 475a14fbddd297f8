import type { ScannerTemplate } from '../types.js';

export const volumeBreakout: ScannerTemplate = {
  id: 'volume-breakout',
  name: 'Volume Breakout',
  category: 'Volume',
  description:
    'Volume a multiple of its average on a wide move that closes near the extreme of the day: BUY up, SELL down',
  columns: [
    'price',
    'change_pct',
    'volume',
    'avg_volume',
    'volume_ratio',
    'entry',
    'stop_loss',
    'target',
    'risk_reward'
  ],
  source: `/**
 * @name Volume Breakout
 * @category Volume
 * @description Volume a multiple of its average on a wide move that closes near the extreme of the day: BUY up, SELL down
 * @interval D
 * @lookback 250
 * @param period integer 20 [5..200] Average volume period
 * @param volumeMultiple number 2 [1..20] Volume versus its average
 * @param minMove number 1.5 [0..20] Minimum move from the previous close, %
 * @param rewardRisk number 2 [0.5..10] Target as a multiple of the risk
 */
const avgVolume = average(volume, params.period, 1);
const volumeRatio = last(volume) / avgVolume;
const move = percentChange(close, 1);
const range = last(high) - last(low);
// Where the close sits in the day's range: 1 at the high, 0 at the low.
const closeInRange = range > 0 ? (last(close) - last(low)) / range : 0.5;
const up = move >= params.minMove && closeInRange >= 0.6;
const down = move <= -params.minMove && closeInRange <= 0.4;
if (volumeRatio < params.volumeMultiple || !(up || down)) return null;

const price = last(close);
const side = up ? 1 : -1;
// The breakout bar's own low (or high) is the line that must hold.
const risk = Math.max(up ? price - last(low) : last(high) - price, 0.25 * last(ta.ATR(high, low, close, 14)));
return {
  signal: up ? 'BUY' : 'SELL',
  metrics: {
    price,
    change_pct: move,
    volume: last(volume),
    avg_volume: avgVolume,
    volume_ratio: volumeRatio,
    entry: price,
    stop_loss: price - side * risk,
    target: price + side * risk * params.rewardRisk,
    risk_reward: params.rewardRisk
  }
};
`
};
