import { describe, expect, it } from 'vitest';
import { allocateCandles } from '../../src-worker/candles/types.js';
import { decodeCacheEntry, encodeCacheEntry, type CacheEntry } from './cache-file.js';

describe('cache file format', () => {
  it('round-trips every value exactly', () => {
    const candles = allocateCandles(3);
    candles.time.set([1743445800, 1743532200, 1743618600]);
    candles.open.set([0.1 + 0.2, 766.5, 1e-7]);
    candles.close.set([Math.PI, 772.5, 123456789.01]);
    candles.volume.set([318625, 0, 9e15]);
    const entry: CacheEntry = {
      exchange: 'NSE',
      symbol: 'M&M',
      interval: 'D',
      coveredFrom: '2025-04-01',
      fetchedAt: 1,
      source: 'openalgo',
      candles
    };
    expect(decodeCacheEntry(encodeCacheEntry(entry))).toEqual({ data: entry });
  });

  it('rejects truncated and foreign files', () => {
    const entry: CacheEntry = {
      exchange: 'NSE',
      symbol: 'X',
      interval: 'D',
      coveredFrom: '2025-01-01',
      fetchedAt: 1,
      source: 'simulator',
      candles: allocateCandles(2)
    };
    const bytes = encodeCacheEntry(entry);
    expect(decodeCacheEntry(bytes.subarray(0, bytes.length - 8))).toEqual({
      error: 'file size does not match its header'
    });
    expect(decodeCacheEntry(new TextEncoder().encode('{"json":true}'))).toEqual({ error: 'not a candle cache file' });
  });
});
