import { describe, expect, it } from 'vitest';
import { isWellFormed, parseCsv, parseSymbolFile, parseSymbolList, parseSymbolToken } from './symbol-text';

const nse = (...symbols: string[]) => symbols.map((symbol) => ({ symbol, exchange: 'NSE' }));

describe('parseSymbolToken', () => {
  it('reads TradingView EXCHANGE:SYMBOL and plain symbols on the default exchange', () => {
    expect(parseSymbolToken('NSE:RELIANCE')).toEqual({ symbol: 'RELIANCE', exchange: 'NSE' });
    expect(parseSymbolToken('bse:500325')).toEqual({ symbol: '500325', exchange: 'BSE' });
    expect(parseSymbolToken(' "m&m" ')).toEqual({ symbol: 'M&M', exchange: 'NSE' });
    expect(parseSymbolToken('tcs', 'BSE')).toEqual({ symbol: 'TCS', exchange: 'BSE' });
    expect(parseSymbolToken(':INFY')).toEqual({ symbol: 'INFY', exchange: 'NSE' });
    expect(parseSymbolToken('NSE:')).toBeNull();
    expect(parseSymbolToken('  ')).toBeNull();
  });
});

describe('parseSymbolList', () => {
  it('splits on commas, semicolons, spaces and new lines, keeping order and dropping repeats', () => {
    expect(parseSymbolList('RELIANCE, tcs\nINFY;;NSE:SBIN\r\n\tHDFCBANK  reliance nse:TCS')).toEqual(
      nse('RELIANCE', 'TCS', 'INFY', 'SBIN', 'HDFCBANK')
    );
  });

  it('reads a TradingView export with sections and keeps other exchanges', () => {
    expect(parseSymbolList('###Banks,NSE:SBIN,NSE:HDFCBANK,###IT,NSE:INFY,BSE:TCS')).toEqual([
      ...nse('SBIN', 'HDFCBANK', 'INFY'),
      { symbol: 'TCS', exchange: 'BSE' }
    ]);
  });

  it('keeps malformed tokens so they can be flagged, never dropping them', () => {
    const parsed = parseSymbolList('SBIN RELI@NCE ???');
    expect(parsed.map((s) => s.symbol)).toEqual(['SBIN', 'RELI@NCE', '???']);
    expect(parsed.map(isWellFormed)).toEqual([true, false, false]);
  });

  it('ignores a byte-order mark and empty input', () => {
    expect(parseSymbolList('\uFEFFSBIN')).toEqual(nse('SBIN'));
    expect(parseSymbolList(' \n ,, ')).toEqual([]);
  });
});

describe('parseCsv', () => {
  it('handles quoted cells with commas, quotes and line breaks', () => {
    expect(parseCsv('a,"b, c","say ""hi"""\r\n"SYMBOL \n",2\n\n')).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['SYMBOL \n', '2']
    ]);
  });
});

describe('parseSymbolFile', () => {
  it('reads an NSE index list by its Symbol column', () => {
    const csv =
      'Company Name,Industry,Symbol,Series,ISIN Code\n"Infosys, Ltd.",IT,INFY,EQ,INE009A01021\nState Bank of India,Banks,SBIN,EQ,INE062A01020\n';
    expect(parseSymbolFile(csv)).toEqual({ format: 'csv', symbols: nse('INFY', 'SBIN') });
  });

  it("reads NSE's market-watch download, whose header cells hold line breaks", () => {
    const csv = '"SYMBOL \n","OPEN \n","HIGH \n"\n"NIFTY 50","24,000","24,100"\n"RELIANCE","1,400","1,420"\n';
    const { symbols } = parseSymbolFile(csv);
    expect(symbols).toEqual([{ symbol: 'NIFTY 50', exchange: 'NSE' }, ...nse('RELIANCE')]);
    expect(isWellFormed(symbols[0])).toBe(false);
  });

  it('uses an Exchange column when there is one (FluxScan CSV exports)', () => {
    expect(parseSymbolFile('Symbol,Exchange,Status\nSBIN,NSE,valid\n500325,BSE,unchecked\n').symbols).toEqual([
      ...nse('SBIN'),
      { symbol: '500325', exchange: 'BSE' }
    ]);
  });

  it('reads TradingView TXT files and plain one-per-line files as text', () => {
    expect(parseSymbolFile('NSE:RELIANCE,NSE:TCS\n')).toEqual({ format: 'text', symbols: nse('RELIANCE', 'TCS') });
    expect(parseSymbolFile('NSE:RELIANCE\nNSE:TCS\n').symbols).toEqual(nse('RELIANCE', 'TCS'));
    expect(parseSymbolFile('reliance\r\ntcs\r\n').symbols).toEqual(nse('RELIANCE', 'TCS'));
  });
});
