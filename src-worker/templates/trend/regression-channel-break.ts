import type { ScannerTemplate } from '../types.js';

export const regressionChannelBreak: ScannerTemplate = {
  id: 'regression-channel-break',
  name: 'Trend-Line Break (Regression Channel)',
  category: 'Trend',
  description:
    'A close through the linear-regression channel of the preceding bars, against its slope: a falling channel broken upward (BUY) or a rising one broken downward (SELL)',
  columns: [
    'price',
    'channel_upper',
    'channel_mid',
    'channel_lower',
    'slope_pct_per_bar',
    'r_squared',
    'entry',
    'stop_loss',
    'target',
    'risk_reward'
  ],
  source: `/**
 * @name Trend-Line Break (Regression Channel)
 * @category Trend
 * @description A close through the linear-regression channel of the preceding bars, against its slope: a falling channel broken upward (BUY) or a rising one broken downward (SELL)
 * @interval D
 * @lookback 250
 * @param period integer 40 [10..200] Bars in the channel
 * @param width number 2 [0.5..4] Channel half-width in standard errors
 * @param minRSquared number 0.5 [0..1] How well the channel must fit (1 = a straight line)
 * @param rewardRisk number 2 [0.5..10] Target as a multiple of the risk
 */
// Least-squares line through the closes of the period bars before barsAgo, projected one bar ahead.
function channel(barsAgo) {
  const n = params.period;
  const start = close.length - 1 - barsAgo - n;
  let sx = 0, sy = 0, sxx = 0, sxy = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    const y = close[start + i];
    sx += i; sy += y; sxx += i * i; sxy += i * y; syy += y * y;
  }
  const slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  const intercept = (sy - slope * sx) / n;
  let residuals = 0;
  for (let i = 0; i < n; i++) residuals += (close[start + i] - intercept - slope * i) ** 2;
  const total = syy - sy * sy / n;
  const spread = params.width * Math.sqrt(residuals / n);
  const mid = intercept + slope * n;
  return { mid, upper: mid + spread, lower: mid - spread, slope, rSquared: total > 0 ? 1 - residuals / total : 0 };
}

if (close.length < params.period + 2) return null;
const today = channel(0);
const yesterday = channel(1);
const price = last(close);
const fits = today.rSquared >= params.minRSquared;
// A fresh break: today outside the channel, yesterday inside its own.
const buy = fits && today.slope < 0 && price > today.upper && last(close, 1) <= yesterday.upper;
const sell = fits && today.slope > 0 && price < today.lower && last(close, 1) >= yesterday.lower;
if (!buy && !sell) return null;

// Back inside the channel's middle means the break failed.
const side = buy ? 1 : -1;
const risk = Math.abs(price - today.mid);
return {
  signal: buy ? 'BUY' : 'SELL',
  metrics: {
    price,
    channel_upper: today.upper,
    channel_mid: today.mid,
    channel_lower: today.lower,
    slope_pct_per_bar: today.slope / today.mid * 100,
    r_squared: today.rSquared,
    entry: price,
    stop_loss: today.mid,
    target: price + side * risk * params.rewardRisk,
    risk_reward: params.rewardRisk
  }
};
`
};
