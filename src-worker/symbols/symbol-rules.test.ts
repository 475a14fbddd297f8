import { describe, expect, it } from 'vitest';
import { VALID_EXCHANGES, WELL_FORMED_SYMBOL } from './symbol-rules.js';

describe('symbol rules', () => {
  it('accepts NSE symbols with & and - and refuses what OpenAlgo would not take', () => {
    for (const symbol of ['SBIN', 'M&M', 'BAJAJ-AUTO', 'NIFTY', '20MICRONS'])
      expect(WELL_FORMED_SYMBOL.test(symbol), symbol).toBe(true);
    for (const symbol of ['', '-SBIN', 'sbin', 'SB IN', 'A'.repeat(65), 'SBIN;'])
      expect(WELL_FORMED_SYMBOL.test(symbol), symbol).toBe(false);
  });

  it('lists the index exchanges beside the trading ones', () => {
    expect(VALID_EXCHANGES).toContain('NSE');
    expect(VALID_EXCHANGES).toContain('NSE_INDEX');
    expect(new Set(VALID_EXCHANGES).size).toBe(VALID_EXCHANGES.length);
  });
});
