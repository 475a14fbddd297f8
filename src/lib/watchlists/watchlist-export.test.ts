import { describe, expect, it } from 'vitest';
import { parseSymbolFile } from './symbol-text';
import { exportWatchlist, symbolsToCsv, symbolsToTradingView } from './watchlist-export';
import type { Watchlist } from './watchlist-model';

const list: Watchlist = {
  id: 'a1',
  name: 'Banks / PSU <b>',
  createdAt: 0,
  updatedAt: 0,
  source: null,
  symbols: [
    { symbol: 'SBIN', exchange: 'NSE', status: 'valid' },
    { symbol: '500325', exchange: 'BSE', status: 'unchecked' },
    { symbol: '=HYPERLINK("x")', exchange: 'NSE', status: 'unknown' }
  ]
};

describe('watchlist export', () => {
  it('writes CSV with a header, neutralising cells a spreadsheet would run as formulas', () => {
    expect(symbolsToCsv(list.symbols)).toBe(
      'Symbol,Exchange,Status\nSBIN,NSE,valid\n500325,BSE,unchecked\n"\'=HYPERLINK(""x"")",NSE,unknown\n'
    );
  });

  it('writes TradingView TXT as EXCHANGE:SYMBOL, comma-separated', () => {
    expect(symbolsToTradingView(list.symbols.slice(0, 2))).toBe('NSE:SBIN,BSE:500325\n');
  });

  it('reads both formats back to the same symbols', () => {
    const clean = list.symbols.slice(0, 2);
    const expected = clean.map(({ symbol, exchange }) => ({ symbol, exchange }));
    expect(parseSymbolFile(symbolsToCsv(clean)).symbols).toEqual(expected);
    expect(parseSymbolFile(symbolsToTradingView(clean)).symbols).toEqual(expected);
  });

  it('names files after the list, safely', () => {
    expect(exportWatchlist(list, 'csv').fileName).toBe('Banks _ PSU _b.csv');
    expect(exportWatchlist({ ...list, name: '<<>>' }, 'tradingview').fileName).toBe('watchlist.txt');
  });
});
