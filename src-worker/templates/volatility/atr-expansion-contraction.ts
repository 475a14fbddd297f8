import type { ScannerTemplate } from '../types.js';

export const atrExpansionContraction: ScannerTemplate = {
  id: 'atr-expansion-contraction',
  name: 'ATR Expansion / Contraction',
  category: 'Volatility',
  description:
    'Average true range well above its norm (volatility expanding) or well below it (contracting, a coil before a move)',
  columns: ['Close', 'Phase', 'ATR', 'ATR %', 'ATR ratio', 'Change %'],
  source: `/**
 * @name ATR Expansion / Contraction
 * @category Volatility
 * @description Average true range well above its norm (volatility expanding) or well below it (contracting, a coil before a move)
 * @interval D
 * @lookback 250
 * @param period integer 14 [2..100] ATR period
 * @param normPeriod integer 50 [10..200] Bars of ATR that set its norm
 * @param expansion number 1.4 [1..5] ATR versus its norm for an expansion, at least
 * @param contraction number 0.7 [0.1..1] ATR versus its norm for a contraction, at most
 * @param phase choice both [both|expansion|contraction] Phases to list
 */
const atr = ta.ATR(high, low, close, params.period);
const norm = ta.SMA(atr, params.normPeriod);
const ratio = last(atr) / last(norm);
const expanding = ratio >= params.expansion && rising(atr, 2);
const contracting = ratio <= params.contraction;

Filter = (expanding && params.phase !== 'contraction') || (contracting && params.phase !== 'expansion');
signal_type = 'WATCH';

AddColumn('Close', close, '1.2');
AddColumn('Phase', expanding ? 'Expansion' : 'Contraction');
AddColumn('ATR', atr, '1.2');
AddColumn('ATR %', last(atr) / last(close) * 100, '1.2');
AddColumn('ATR ratio', ratio, '1.2');
AddColumn('Change %', percentChange(close, 1), '1.2');
`
};
