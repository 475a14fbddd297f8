import { describe, expect, it } from 'vitest';
import {
  cleanWatchlistName,
  mergeSymbols,
  nameKeyOf,
  symbolKey,
  WatchlistError,
  withoutSymbols,
  withStatuses,
  type WatchlistSymbol
} from './watchlist-model';

const item = (symbol: string, status: WatchlistSymbol['status'] = 'unchecked', exchange = 'NSE'): WatchlistSymbol => ({
  symbol,
  exchange,
  status
});

describe('watchlist names', () => {
  it('are trimmed, collapse whitespace and compare regardless of case', () => {
    expect(cleanWatchlistName('  My   swing\tlist ')).toBe('My swing list');
    expect(nameKeyOf('NIFTY Picks')).toBe(nameKeyOf(' nifty  picks'));
  });

  it('must be present and not too long', () => {
    expect(() => cleanWatchlistName('   ')).toThrow(WatchlistError);
    expect(() => cleanWatchlistName('x'.repeat(81))).toThrow(/at most 80/);
  });

  it('are kept as typed, markup included (rendering escapes them)', () => {
    expect(cleanWatchlistName('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('symbol lists', () => {
  it('identify symbols case-insensitively', () => {
    expect(symbolKey({ symbol: ' reliance', exchange: 'nse ' })).toBe('NSE:RELIANCE');
  });

  it('merge without duplicates, keeping existing order and status', () => {
    const merged = mergeSymbols(
      [item('SBIN', 'valid')],
      [
        { symbol: 'sbin', exchange: 'nse' },
        { symbol: 'tcs', exchange: 'nse' },
        { symbol: 'TCS', exchange: 'NSE', status: 'valid' },
        { symbol: 'TCS', exchange: 'BSE' },
        { symbol: 'X@Y', exchange: 'NSE', status: 'unknown' },
        { symbol: ' ', exchange: 'NSE' }
      ]
    );
    expect(merged).toEqual([
      item('SBIN', 'valid'),
      item('TCS'),
      item('TCS', 'unchecked', 'BSE'),
      item('X@Y', 'unknown')
    ]);
  });

  it('remove and re-status symbols case-insensitively', () => {
    const list = [item('SBIN'), item('TCS'), item('INFY')];
    expect(withoutSymbols(list, [{ symbol: 'tcs', exchange: 'nse' }])).toEqual([item('SBIN'), item('INFY')]);
    expect(
      withStatuses(list, [
        { symbol: 'infy', exchange: 'NSE', status: 'valid' },
        { symbol: 'GONE', exchange: 'NSE', status: 'unknown' }
      ])
    ).toEqual([item('SBIN'), item('TCS'), item('INFY', 'valid')]);
  });

  it('stay fast for thousands of symbols', () => {
    const existing = Array.from({ length: 3000 }, (_, i) => item(`SYM${i}`));
    const added = Array.from({ length: 3000 }, (_, i) => ({ symbol: `sym${i + 1500}`, exchange: 'NSE' }));
    const started = performance.now();
    const merged = mergeSymbols(existing, added);
    const removed = withoutSymbols(merged, added.slice(0, 1000));
    expect(merged).toHaveLength(4500);
    expect(removed).toHaveLength(3500);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
