import type { ScannerTemplate } from '../types.js';

export const adxTrendStrength: ScannerTemplate = {
  id: 'adx-trend-strength',
  name: 'ADX Trend Strength',
  category: 'Trend',
  description:
    'A strong and strengthening trend: ADX above the threshold and rising, with +DI/-DI giving the direction',
  columns: ['Close', 'Direction', 'ADX', 'ADX 5 bars ago', '+DI', '-DI', 'DI spread'],
  source: `/**
 * @name ADX Trend Strength
 * @category Trend
 * @description A strong and strengthening trend: ADX above the threshold and rising, with +DI/-DI giving the direction
 * @interval D
 * @lookback 250
 * @param period integer 14 [2..100] ADX / DI period
 * @param minAdx number 25 [10..60] Minimum ADX
 * @param risingBars integer 3 [1..20] ADX must have risen on each of this many bars
 * @param direction choice both [both|up|down] Trend direction to list
 */
const adx = ta.ADX(high, low, close, params.period);
const plusDi = ta.PLUS_DI(high, low, close, params.period);
const minusDi = ta.MINUS_DI(high, low, close, params.period);
const up = last(plusDi) > last(minusDi);
const wanted = params.direction === 'both' || (params.direction === 'up') === up;

Filter = wanted && last(adx) >= params.minAdx && rising(adx, params.risingBars);
signal_type = up ? 'BUY' : 'SELL';

AddColumn('Close', close, '1.2');
AddColumn('Direction', up ? 'Up' : 'Down');
AddColumn('ADX', adx, '1.1');
AddColumn('ADX 5 bars ago', last(adx, 5), '1.1');
AddColumn('+DI', plusDi, '1.1');
AddColumn('-DI', minusDi, '1.1');
AddColumn('DI spread', last(plusDi) - last(minusDi), '1.1');
`
};
