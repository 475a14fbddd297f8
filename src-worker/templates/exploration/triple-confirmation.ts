import type { ScannerTemplate } from '../types.js';

export const tripleConfirmation: ScannerTemplate = {
  id: 'triple-confirmation',
  name: 'Triple Confirmation',
  category: 'Exploration',
  description:
    'Trend, momentum and volume agreeing on the latest bar: EMAs stacked, RSI and MACD positive, volume above average',
  columns: ['Close', 'Change %', 'EMA fast', 'EMA slow', 'RSI', 'MACD hist', 'Volume ratio', 'Stop', 'Target'],
  source: `/**
 * @name Triple Confirmation
 * @category Exploration
 * @description Trend, momentum and volume agreeing on the latest bar: EMAs stacked, RSI and MACD positive, volume above average
 * @interval D
 * @lookback 250
 * @param side choice long [long|short] Look for longs (everything up) or shorts (everything down)
 * @param fast integer 20 [2..100] Fast EMA period
 * @param slow integer 50 [5..250] Slow EMA period
 * @param minRsi number 55 [50..80] RSI beyond this level (mirrored for shorts: 100 - level)
 * @param volumeMultiple number 1.2 [0.5..10] Volume versus its 20-day average, at least
 * @param rewardRisk number 2 [0.5..10] Target as a multiple of the risk
 */
const long = params.side === 'long';
const dir = long ? 1 : -1;
const price = last(close);
const emaFast = ta.EMA(close, params.fast);
const emaSlow = ta.EMA(close, params.slow);
const rsi = last(ta.RSI(close, 14));
const [, , macdHist] = ta.MACD(close, 12, 26, 9);
const volumeRatio = last(volume) / average(volume, 20, 1);

// Each leg compares in the trade's direction: dir * (a - b) > 0 means "a beyond b".
const trendOk = dir * (price - last(emaFast)) > 0 && dir * (last(emaFast) - last(emaSlow)) > 0;
const momentumOk = dir * (rsi - 50) >= params.minRsi - 50 && dir * last(macdHist) > 0 && dir * change(macdHist, 1) > 0;
const volumeOk = volumeRatio >= params.volumeMultiple && dir * change(close, 1) > 0;

Filter = trendOk && momentumOk && volumeOk;
signal_type = long ? 'BUY' : 'SELL';

// Stop beyond the slow EMA: losing it means the trend leg no longer holds.
const stop = last(emaSlow) - dir * 0.5 * last(ta.ATR(high, low, close, 14));
AddColumn('Close', close, '1.2');
AddColumn('Change %', percentChange(close, 1), '1.2');
AddColumn('EMA fast', emaFast, '1.2');
AddColumn('EMA slow', emaSlow, '1.2');
AddColumn('RSI', rsi, '1.1');
AddColumn('MACD hist', macdHist, '1.2');
AddColumn('Volume ratio', volumeRatio, '1.2');
AddColumn('Stop', stop, '1.2');
AddColumn('Target', price + (price - stop) * params.rewardRisk, '1.2');
`
};
