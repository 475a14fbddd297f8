import { describe, expect, it } from 'vitest';
import { constituentSymbols, industryKey, readRememberedSymbols } from './symbol-industries';

describe('scan symbols with industries', () => {
  it('takes the industry from an NSE list, a blank one as unknown', () => {
    const list = {
      id: 'nifty50',
      name: 'NIFTY 50',
      symbols: [
        { symbol: 'INFY', exchange: 'NSE', name: 'Infosys Ltd.', industry: 'Information Technology' },
        { symbol: 'NEWCO', exchange: 'NSE', name: 'A new listing', industry: ' ' }
      ]
    };
    expect(constituentSymbols(list)).toEqual([
      { symbol: 'INFY', exchange: 'NSE', industry: 'Information Technology' },
      { symbol: 'NEWCO', exchange: 'NSE', industry: null }
    ]);
  });

  it('reads a list remembered before industries were kept, with unknown industries', () => {
    expect(readRememberedSymbols('[{"symbol":"INFY","exchange":"NSE"}]')).toEqual([
      { symbol: 'INFY', exchange: 'NSE', industry: null }
    ]);
    expect(
      readRememberedSymbols('[{"symbol":"INFY","exchange":"NSE","industry":"Information Technology"}]')?.[0].industry
    ).toBe('Information Technology');
  });

  it('has nothing remembered for no text, broken text or the wrong shape', () => {
    expect(readRememberedSymbols(null)).toBeNull();
    expect(readRememberedSymbols('[{"symbol":')).toBeNull();
    expect(readRememberedSymbols('[{"symbol":"INFY"}]')).toBeNull();
  });

  it('keys industries the way the candle loader names symbols', () => {
    expect(industryKey({ symbol: ' m&m ', exchange: 'nse' })).toBe('NSE:M&M');
  });
});
