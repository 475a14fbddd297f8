import { describe, expect, it } from 'vitest';
import type { IstDate } from '$engine/calendar';
import { allocateCandles } from '$engine/candles/types';
import { candleRecordOf, parseCandleRecord, withRefreshFailure, type CandleRecord } from './candle-record';

function record(bars = 3): CandleRecord {
  const candles = allocateCandles(bars);
  for (let i = 0; i < bars; i++) candles.time[i] = 1_790_000_000 + i * 86_400;
  return candleRecordOf({ symbol: 'INFY', exchange: 'NSE' }, 'D', candles, {
    source: 'openalgo',
    fetchedAt: 1,
    coveredFrom: '2026-01-01' as IstDate
  });
}

describe('candle records', () => {
  it('are keyed by exchange, symbol and interval and carry their bar range', () => {
    const value = record();
    expect(value.key).toBe('NSE:INFY:D');
    expect(value.provenance).toEqual({
      source: 'openalgo',
      fetchedAt: 1,
      firstBarTime: 1_790_000_000,
      lastBarTime: 1_790_172_800,
      status: 'ok',
      lastError: null
    });
    expect(parseCandleRecord(structuredClone(value))).toEqual(value);
  });

  it('store views as arrays of their own, not their whole buffer', () => {
    const candles = allocateCandles(10);
    for (let i = 0; i < 10; i++) candles.time[i] = i + 1;
    const view = Object.fromEntries(
      Object.entries(candles).map(([field, values]) => [field, values.subarray(8)])
    ) as typeof candles;
    const stored = candleRecordOf({ symbol: 'INFY', exchange: 'NSE' }, 'D', view, {
      source: 'openalgo',
      fetchedAt: 1,
      coveredFrom: '2026-01-01' as IstDate
    });
    expect(stored.time.buffer.byteLength).toBe(16);
  });

  it('read back corrupt as missing', () => {
    const good = record();
    const corrupt: unknown[] = [
      undefined,
      { ...good, close: Array.from(good.close) },
      { ...good, volume: good.volume.subarray(1) },
      { ...good, time: Float64Array.from([3, 2, 1]) },
      { ...good, key: 'NSE:TCS:D' },
      { ...good, provenance: { ...good.provenance, lastBarTime: 0 } },
      { ...good, provenance: { ...good.provenance, source: 'guess' } },
      { ...good, coveredFrom: '2026-02-30' },
      { ...good, ...allocateCandles(0) }
    ];
    for (const value of corrupt) expect(parseCandleRecord(value)).toBeNull();
  });

  it('remember a failed refresh without touching the bars', () => {
    const failed = withRefreshFailure(record(), 'offline');
    expect(failed.provenance).toMatchObject({ status: 'failed', lastError: 'offline', fetchedAt: 1 });
    expect(parseCandleRecord(failed)).toEqual(failed);
  });
});
