import { describe, expect, it } from 'vitest';
import { istEpochMs, tradingDaysBetween, type IstDate } from '$engine/calendar';
import { allocateCandles } from '$engine/candles/types';
import { candleRecordOf, type CandleRecord, type SymbolRef } from './candle-record';
import { applyFormingQuote, refreshFormingBars, updateFormingBars } from './forming-bar';
import type { MarketApi, SymbolQuote } from './market-api';
import { createMemoryCandleStore, istMs } from './test-helpers';

/** Daily bars through `to`, stamped at 09:15 IST like some brokers do, fetched after that day's close. */
function dailyRecord(ref: SymbolRef, to: string): CandleRecord {
  const days = tradingDaysBetween('2026-11-02' as IstDate, to as IstDate);
  const candles = allocateCandles(days.length);
  days.forEach((day, i) => {
    candles.time[i] = istEpochMs(day, '09:15') / 1000;
    candles.close[i] = 100 + i;
  });
  return candleRecordOf(ref, 'D', candles, {
    source: 'openalgo',
    fetchedAt: istEpochMs(to as IstDate, '16:00'),
    coveredFrom: '2026-01-01' as IstDate
  });
}

const quote = { open: 200, high: 210, low: 195, ltp: 205, prev_close: 199, volume: 12_345, oi: 0 };
const INFY = { symbol: 'INFY', exchange: 'NSE' };

/** A multiquotes endpoint that quotes every symbol but those in `unknown`, and counts its calls. */
function quotingApi(unknown: string[] = []): MarketApi & { calls: SymbolRef[][] } {
  const calls: SymbolRef[][] = [];
  return {
    calls,
    history: () => Promise.reject(new Error('history is not expected here')),
    async multiquotes(symbols) {
      calls.push(symbols);
      return {
        data: symbols.map((ref): SymbolQuote =>
          unknown.includes(ref.symbol) ? { ...ref, error: 'Symbol not found' } : { ...ref, quote }
        )
      };
    }
  };
}

describe('applyFormingQuote', () => {
  const during = istMs('2026-12-08T11:00');

  it("appends today's bar, stamped like the cached bars", () => {
    const updated = applyFormingQuote(dailyRecord(INFY, '2026-12-07'), quote, during);
    const last = updated.time.length - 1;
    expect(updated.time[last]).toBe(istEpochMs('2026-12-08' as IstDate, '09:15') / 1000);
    expect([
      updated.open[last],
      updated.high[last],
      updated.low[last],
      updated.close[last],
      updated.volume[last]
    ]).toEqual([200, 210, 195, 205, 12_345]);
    expect(updated.provenance).toMatchObject({ fetchedAt: during, lastBarTime: updated.time[last], status: 'ok' });
  });

  it("replaces today's bar when there is one", () => {
    const withToday = applyFormingQuote(dailyRecord(INFY, '2026-12-07'), quote, during);
    const again = applyFormingQuote(withToday, { ...quote, ltp: 207 }, during + 60_000);
    expect(again.time).toHaveLength(withToday.time.length);
    expect(again.close[again.close.length - 1]).toBe(207);
  });

  it('adds no bar before the first trade', () => {
    const record = dailyRecord(INFY, '2026-12-07');
    const updated = applyFormingQuote(record, { ...quote, open: 0 }, istMs('2026-12-08T09:15'));
    expect(updated.time).toEqual(record.time);
    expect(updated.provenance.fetchedAt).toBe(istMs('2026-12-08T09:15'));
  });
});

describe('updateFormingBars', () => {
  it('asks multiquotes once per 50 symbols and stores every record', async () => {
    const records = Array.from({ length: 120 }, (_, i) =>
      dailyRecord({ symbol: `S${i}`, exchange: 'NSE' }, '2026-12-07')
    );
    const api = quotingApi(['S7']);
    const store = createMemoryCandleStore();
    const updates = await updateFormingBars(records, { api, store }, istMs('2026-12-08T11:00'));
    expect(api.calls.map((call) => call.length)).toEqual([50, 50, 20]);
    expect(updates).toHaveLength(120);
    expect(store.values.size).toBe(120);
    const unknown = updates[7];
    expect(unknown.error).toBe('Symbol not found');
    expect(unknown.record?.time).toEqual(records[7].time);
    expect(unknown.record?.provenance).toMatchObject({ status: 'failed', lastError: 'forming bar: Symbol not found' });
    expect(updates[8]).toMatchObject({ error: null, record: { provenance: { status: 'ok' } } });
  });

  it('keeps the cached bars of a batch whose call failed', async () => {
    const record = dailyRecord(INFY, '2026-12-07');
    const api: MarketApi = {
      ...quotingApi(),
      multiquotes: async () => ({ error: { kind: 'offline', message: 'server unreachable' } })
    };
    const [update] = await updateFormingBars(
      [record],
      { api, store: createMemoryCandleStore() },
      istMs('2026-12-08T11:00')
    );
    expect(update.record?.time).toEqual(record.time);
    expect(update.error).toBe('server unreachable');
  });
});

describe('refreshFormingBars', () => {
  it('refreshes cached daily symbols during the session and explains the rest, in order', async () => {
    const store = createMemoryCandleStore();
    await store.put(dailyRecord(INFY, '2026-12-07'));
    await store.put(dailyRecord({ symbol: 'TCS', exchange: 'NSE' }, '2026-12-03'));
    const api = quotingApi();
    const symbols = [{ symbol: 'WIPRO', exchange: 'NSE' }, INFY, { symbol: 'TCS', exchange: 'NSE' }];
    const updates = await refreshFormingBars(symbols, 'D', { api, store, now: () => istMs('2026-12-08T11:00') });
    expect(updates.map(({ symbol, error }) => [symbol, error])).toEqual([
      ['WIPRO', 'no cached history to add the forming bar to'],
      ['INFY', null],
      ['TCS', 'no session in progress, or the cached history ends before the last session']
    ]);
    expect(api.calls).toEqual([[INFY]]);
    expect(updates[1].record?.provenance.lastBarTime).toBe(istEpochMs('2026-12-08' as IstDate, '09:15') / 1000);
  });

  it('does nothing outside the session', async () => {
    const store = createMemoryCandleStore();
    await store.put(dailyRecord(INFY, '2026-12-07'));
    const api = quotingApi();
    const [update] = await refreshFormingBars([INFY], 'D', { api, store, now: () => istMs('2026-12-08T17:00') });
    expect(update.error).toMatch(/no session in progress/);
    expect(api.calls).toEqual([]);
  });
});
