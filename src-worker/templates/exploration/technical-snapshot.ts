import type { ScannerTemplate } from '../types.js';

export const technicalSnapshot: ScannerTemplate = {
  id: 'technical-snapshot',
  name: 'Technical Snapshot Exploration',
  category: 'Exploration',
  description:
    'AmiBroker-style exploration: every symbol with its change, volume, RSI, MACD, ADX, ATR, moving-average distances and 52-week range',
  columns: [
    'Close',
    'Change %',
    'Volume',
    'Volume ratio',
    'RSI 14',
    'MACD hist',
    'ADX 14',
    'ATR %',
    'vs SMA 20 %',
    'vs SMA 50 %',
    'vs SMA 200 %',
    'Off 52w high %',
    'Above 52w low %',
    '1M return %',
    '3M return %',
    'Trend'
  ],
  source: `/**
 * @name Technical Snapshot Exploration
 * @category Exploration
 * @description AmiBroker-style exploration: every symbol with its change, volume, RSI, MACD, ADX, ATR, moving-average distances and 52-week range
 * @interval D
 * @lookback 260
 */
const price = last(close);
const sma20 = ta.SMA(close, 20);
const sma50 = ta.SMA(close, 50);
const sma200 = ta.SMA(close, 200);
const [, , macdHist] = ta.MACD(close, 12, 26, 9);
const distance = (average) => (price / last(average) - 1) * 100;
const yearHigh = highest(high, 252);
const yearLow = lowest(low, 252);
const trend = price > last(sma50) && last(sma50) > last(sma200) ? 'Up'
  : price < last(sma50) && last(sma50) < last(sma200) ? 'Down' : 'Sideways';

Filter = 1;

AddColumn('Close', close, '1.2');
AddColumn('Change %', percentChange(close, 1), '1.2');
AddColumn('Volume', volume, '1.0');
AddColumn('Volume ratio', last(volume) / average(volume, 20, 1), '1.2');
AddColumn('RSI 14', ta.RSI(close, 14), '1.1');
AddColumn('MACD hist', macdHist, '1.2');
AddColumn('ADX 14', ta.ADX(high, low, close, 14), '1.1');
AddColumn('ATR %', last(ta.ATR(high, low, close, 14)) / price * 100, '1.2');
AddColumn('vs SMA 20 %', distance(sma20), '1.1');
AddColumn('vs SMA 50 %', distance(sma50), '1.1');
AddColumn('vs SMA 200 %', distance(sma200), '1.1');
AddColumn('Off 52w high %', (1 - price / yearHigh) * 100, '1.1');
AddColumn('Above 52w low %', (price / yearLow - 1) * 100, '1.1');
AddColumn('1M return %', percentChange(close, 21), '1.1');
AddColumn('3M return %', percentChange(close, 63), '1.1');
AddColumn('Trend', trend);
`
};
