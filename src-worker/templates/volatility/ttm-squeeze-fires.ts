import type { ScannerTemplate } from '../types.js';

export const ttmSqueezeFires: ScannerTemplate = {
  id: 'ttm-squeeze-fires',
  name: 'TTM Squeeze Fires',
  category: 'Volatility',
  description:
    'The TTM Squeeze releasing on the latest bar after several bars on: BUY with positive momentum, SELL with negative',
  columns: ['price', 'momentum', 'squeeze_bars', 'atr', 'entry', 'stop_loss', 'target', 'risk_reward'],
  source: `/**
 * @name TTM Squeeze Fires
 * @category Volatility
 * @description The TTM Squeeze releasing on the latest bar after several bars on: BUY with positive momentum, SELL with negative
 * @interval D
 * @lookback 250
 * @param period integer 20 [5..100] Bollinger and Keltner period
 * @param bbMultiplier number 2 [0.5..5] Bollinger width in standard deviations
 * @param kcMultiplier number 1.5 [0.5..5] Keltner width in ATRs
 * @param minSqueezeBars integer 5 [1..50] Bars the squeeze must have been on
 * @param rewardRisk number 2 [0.5..10] Target as a multiple of the risk
 * @plot SQUEEZE(high, low, close, params.period, params.bbMultiplier, params.kcMultiplier)[1] pane=lower style=histogram label="Squeeze momentum"
 */
const [on, momentum] = ta.SQUEEZE(high, low, close, params.period, params.bbMultiplier, params.kcMultiplier);
let squeezeBars = 0;
while (squeezeBars < close.length - 1 && last(on, squeezeBars + 1) === 1) squeezeBars++;
const fired = last(on) === 0 && squeezeBars >= params.minSqueezeBars && last(momentum) !== 0;

signal = fired;
if (signal) {
  const price = last(close);
  const up = last(momentum) > 0;
  const atr = last(ta.ATR(high, low, close, params.period));
  signal_type = up ? 'BUY' : 'SELL';
  metrics = {
    price,
    momentum: last(momentum),
    squeeze_bars: squeezeBars,
    atr,
    entry: price,
    stop_loss: up ? price - 1.5 * atr : price + 1.5 * atr,
    target: up ? price + 1.5 * atr * params.rewardRisk : price - 1.5 * atr * params.rewardRisk,
    risk_reward: params.rewardRisk
  };
}
`
};
