import type { ScannerTemplate } from '../types.js';

export const supportResistanceBreakout: ScannerTemplate = {
  id: 'support-resistance-breakout',
  name: 'Support / Resistance Breakout',
  category: 'Price Patterns',
  description:
    'A close through the prior N-day high (resistance, BUY) or low (support, SELL) on rising volume, target a measured move',
  columns: [
    'price',
    'resistance',
    'support',
    'range_pct',
    'volume_ratio',
    'entry',
    'stop_loss',
    'target',
    'risk_reward'
  ],
  source: `/**
 * @name Support / Resistance Breakout
 * @category Price Patterns
 * @description A close through the prior N-day high (resistance, BUY) or low (support, SELL) on rising volume, target a measured move
 * @interval D
 * @lookback 250
 * @param period integer 20 [5..250] Bars that set support and resistance (Donchian channel)
 * @param volumeMultiple number 1.2 [0..10] Volume versus its 20-day average, at least
 * @param maxRange number 25 [2..100] Ignore ranges wider than this % (not a base)
 * @param minRewardRisk number 1 [0..10] Skip breakouts already too far from the level to pay this reward/risk
 */
const [upper, , lower] = ta.DONCHIAN(high, low, params.period);
// Yesterday's channel: today's bar is the one testing it.
const resistance = last(upper, 1);
const support = last(lower, 1);
const price = last(close);
const rangePct = (resistance - support) / support * 100;
const volumeRatio = last(volume) / average(volume, 20, 1);
const confirmed = volumeRatio >= params.volumeMultiple && rangePct <= params.maxRange;
// A fresh break: yesterday's close was still inside the range.
const buy = confirmed && price > resistance && last(close, 1) <= resistance;
const sell = confirmed && price < support && last(close, 1) >= support;
if (!buy && !sell) return null;

// Stop one ATR back inside the broken level; target the range height beyond it.
const atr = last(ta.ATR(high, low, close, 14));
const height = resistance - support;
const stop = buy ? resistance - atr : support + atr;
const target = buy ? resistance + height : support - height;
const rewardRisk = (target - price) / (price - stop);
// A gap that ran most of the measured move leaves nothing worth the risk.
if (rewardRisk < params.minRewardRisk) return null;
return {
  signal: buy ? 'BUY' : 'SELL',
  metrics: {
    price,
    resistance,
    support,
    range_pct: rangePct,
    volume_ratio: volumeRatio,
    entry: price,
    stop_loss: stop,
    target,
    risk_reward: rewardRisk
  }
};
`
};
