import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../simulator/index.js';
import { ist } from '../simulator/test-helpers.js';
import { createOpenAlgoClient, type OpenAlgoClient } from './client.js';

let sim: RunningSimulator;
let client: OpenAlgoClient;
beforeAll(async () => {
  sim = await startSimulator({ now: () => ist('2026-11-25T16:00'), historySpacingMs: 20 });
  client = createOpenAlgoClient({
    host: sim.url,
    apiKey: sim.apiKey,
    source: 'simulator',
    historyRatePerSecond: 50,
    ratePerSecond: 100
  });
});
afterAll(() => sim.close());

const unwrap = <T>(result: { data: T } | { error: Error }): T => {
  if ('error' in result) throw result.error;
  return result.data;
};

describe('OpenAlgo client against the simulator', () => {
  it('reads history into candle columns, whatever the timestamp format', async () => {
    const request = {
      symbol: 'sbin',
      exchange: 'NSE',
      interval: 'D',
      start_date: '2026-11-02',
      end_date: '2026-11-25'
    } as const;
    const seconds = unwrap(await client.history(request));
    expect(seconds.time.length).toBe(16); // 24 Nov and 10 Nov are holidays
    expect(seconds.time[0]).toBe(Date.parse('2026-11-02T00:00:00+05:30') / 1000);
    for (const format of ['iso', 'epoch-ms'] as const) {
      sim.settings.timestampFormat = format;
      expect(unwrap(await client.history({ ...request, end_date: '2026-11-24' })).time).toEqual(
        seconds.time.slice(0, 15)
      );
    }
    sim.settings.timestampFormat = 'epoch-seconds';
    expect(Array.from(seconds.oi).every((oi) => oi === 0)).toBe(true);
  });

  it('answers every other market-data endpoint with typed data', async () => {
    expect(unwrap(await client.intervals()).days).toEqual(['D']);
    expect(unwrap(await client.quotes({ symbol: 'SBIN', exchange: 'NSE' })).ltp).toBeGreaterThan(0);
    const multi = unwrap(
      await client.multiquotes({
        symbols: [
          { symbol: 'SBIN', exchange: 'NSE' },
          { symbol: 'NOPE', exchange: 'NSE' }
        ]
      })
    );
    expect(multi[0].data?.ltp).toBeGreaterThan(0);
    expect(multi[1].error).toBe('Symbol not found');
    expect(unwrap(await client.depth({ symbol: 'SBIN', exchange: 'NSE' })).bids).toHaveLength(5);
    expect(unwrap(await client.search({ query: 'infy' }))[0].symbol).toBe('INFY');
    expect(unwrap(await client.symbol({ symbol: 'NIFTY', exchange: 'NSE_INDEX' })).name).toBe('NIFTY 50');
    const holidays = unwrap(await client.holidays({ year: 2025 }));
    expect(holidays.data.some((h) => h.date === '2025-10-22')).toBe(true);
    expect(unwrap(await client.timings({ date: '2026-11-25' }))[0]).toMatchObject({ exchange: 'NSE' });
    expect(unwrap(await client.ping()).message).toBe('pong');
    expect(unwrap(await client.telegramNotify({ username: 'trader', message: 'SBIN crossed' })).message).toBeTypeOf(
      'string'
    );
  });

  it('reports an unknown symbol as not-found, naming it', async () => {
    const result = await client.quotes({ symbol: 'NOSUCH', exchange: 'NSE' });
    expect('error' in result && result.error.kind).toBe('not-found');
    expect('error' in result && result.error.message).toContain('NSE:NOSUCH');
  });

  it('refuses an invalid request without sending it', async () => {
    const before = sim.requests.length;
    const result = await client.history({
      symbol: 'SBIN',
      exchange: 'NSE',
      interval: 'D',
      start_date: '2026-11-25',
      end_date: '2026-11-01'
    });
    expect('error' in result && result.error.kind).toBe('invalid-request');
    expect(sim.requests.length).toBe(before);
  });

  it('reports a wrong key as auth, without the key in the message', async () => {
    const wrongKey = 'not-the-key-0123456789';
    const stranger = createOpenAlgoClient({ host: sim.url, apiKey: wrongKey, retries: 3 });
    const before = sim.requests.length;
    const result = await stranger.ping();
    expect('error' in result && result.error.kind).toBe('auth');
    expect('error' in result && result.error.message).not.toContain(wrongKey);
    expect(sim.requests.length - before).toBe(1); // no retries for 403
  });
});
