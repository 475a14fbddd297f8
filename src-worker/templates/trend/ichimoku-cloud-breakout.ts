import type { ScannerTemplate } from '../types.js';

export const ichimokuCloudBreakout: ScannerTemplate = {
  id: 'ichimoku-cloud-breakout',
  name: 'Ichimoku Cloud Breakout',
  category: 'Trend',
  description:
    'Price above the Ichimoku cloud as it stands today while the conversion line crosses above the base line: BUY with the cloud top as the stop',
  columns: ['price', 'conversion', 'base', 'cloud_top', 'cloud_bottom', 'entry', 'stop_loss', 'target', 'risk_reward'],
  source: `/**
 * @name Ichimoku Cloud Breakout
 * @category Trend
 * @description Price above the Ichimoku cloud as it stands today while the conversion line crosses above the base line: BUY with the cloud top as the stop
 * @interval D
 * @lookback 250
 * @param conversionPeriod integer 9 [2..100] Conversion line (tenkan) period
 * @param basePeriod integer 26 [2..200] Base line (kijun) period
 * @param spanBPeriod integer 52 [2..200] Span B (senkou B) period
 * @param displacement integer 26 [1..100] Bars the cloud is drawn ahead
 * @param rewardRisk number 2 [0.5..10] Target as a multiple of the risk
 * @plot ICHIMOKU(high, low, close, params.conversionPeriod, params.basePeriod, params.spanBPeriod, params.displacement) style=cloud label="Ichimoku"
 */
const [conversion, base, spanA, spanB] = ta.ICHIMOKU(high, low, close, params.conversionPeriod, params.basePeriod, params.spanBPeriod, params.displacement);
// Today's cloud is the spans computed displacement bars ago, which the chart draws shifted forward to today.
const cloudTop = Math.max(last(spanA, params.displacement), last(spanB, params.displacement));
const cloudBottom = Math.min(last(spanA, params.displacement), last(spanB, params.displacement));
const price = last(close);

signal = price > cloudTop && crossover(conversion, base);
if (signal) {
  const risk = price - cloudTop;
  signal_type = 'BUY';
  metrics = {
    price,
    conversion: last(conversion),
    base: last(base),
    cloud_top: cloudTop,
    cloud_bottom: cloudBottom,
    entry: price,
    stop_loss: cloudTop,
    target: price + risk * params.rewardRisk,
    risk_reward: params.rewardRisk
  };
}
`
};
