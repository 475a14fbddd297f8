import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { istDateOf } from '../../src-worker/calendar/index.js';
import { createOpenAlgoClient, type HistoryRequest } from '../openalgo/index.js';
import { startSimulator, type RunningSimulator } from '../simulator/index.js';
import { ist } from '../simulator/test-helpers.js';
import { createCandleCache, type CandleCache } from './candle-cache.js';

let market = ist('2026-11-20T16:00');
let sim: RunningSimulator;
let directory: string;
let cache: CandleCache;

beforeAll(async () => {
  sim = await startSimulator({ now: () => market, historySpacingMs: 0, rateLimitPerSecond: 1000 });
});
afterAll(() => sim.close());
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'fluxscan-candles-'));
  const client = createOpenAlgoClient({
    host: sim.url,
    apiKey: sim.apiKey,
    source: 'simulator',
    historyRatePerSecond: 100,
    retries: 0
  });
  cache = createCandleCache({ directory, client, now: () => market, formingBarMaxAgeMs: 60_000 });
  sim.faults.errorRate = 0;
  return () => rm(directory, { recursive: true, force: true });
});

const daily = (symbol: string, start_date = '2026-01-01', end_date = '2026-12-31'): HistoryRequest => ({
  symbol,
  exchange: 'NSE',
  interval: 'D',
  start_date,
  end_date
});
const upstreamHistory = () => sim.requests.filter((r) => r.path === '/api/v1/history');
async function fetchCounting(request: HistoryRequest) {
  const before = upstreamHistory().length;
  const result = await cache.history(request);
  if ('error' in result) throw result.error;
  return { ...result.data, upstream: upstreamHistory().slice(before) };
}
const lastDate = (candles: { time: Float64Array }) => istDateOf(candles.time[candles.time.length - 1] * 1000);

describe('candle cache', () => {
  it('answers a warm request with zero upstream calls', async () => {
    market = ist('2026-11-20T16:00');
    const cold = await fetchCounting(daily('SBIN'));
    expect(cold.upstream).toHaveLength(1);
    expect(cold.provenance).toMatchObject({ source: 'simulator', cached: false });
    const warm = await fetchCounting(daily('SBIN', '2026-03-01', '2026-11-20'));
    expect(warm.upstream).toHaveLength(0);
    expect(warm.provenance.cached).toBe(true);
    expect(Array.from(warm.candles.close)).toEqual(Array.from(cold.candles.close).slice(-warm.candles.close.length));
    expect(await cache.stats()).toMatchObject({ files: 1, hits: 1, misses: 1 });
    expect((await cache.stats()).bytes).toBeGreaterThan(0);
  });

  it('fetches only the tail after a new session, overlapping the last final bar', async () => {
    market = ist('2026-11-20T16:00');
    const first = await fetchCounting(daily('SBIN'));
    market = ist('2026-11-23T16:00');
    const next = await fetchCounting(daily('SBIN'));
    expect(next.upstream).toHaveLength(1);
    expect(next.upstream[0].body).toMatchObject({ start_date: '2026-11-20', end_date: '2026-11-23' });
    expect(next.candles.time.length).toBe(first.candles.time.length + 1);
    expect(lastDate(next.candles)).toBe('2026-11-23');
    expect(new Set(next.candles.time).size).toBe(next.candles.time.length);
  });

  it('refetches everything when the overlapping bar disagrees', async () => {
    market = ist('2026-11-20T16:00');
    await fetchCounting(daily('INFY'));
    // Upstream history changed (as after a corporate action): a simulator started a session
    // later re-dates its recorded INFY series, so the cached overlap no longer matches.
    market = ist('2026-11-23T16:00');
    const changed = await startSimulator({ now: () => market, historySpacingMs: 0, rateLimitPerSecond: 1000 });
    try {
      const client = createOpenAlgoClient({
        host: changed.url,
        apiKey: changed.apiKey,
        source: 'simulator',
        historyRatePerSecond: 100,
        retries: 0
      });
      const reopened = createCandleCache({ directory, client, now: () => market, formingBarMaxAgeMs: 60_000 });
      const upstream = () => changed.requests.filter((r) => r.path === '/api/v1/history');
      const next = await reopened.history(daily('INFY'));
      if ('error' in next) throw next.error;
      expect(upstream().map((r) => (r.body as HistoryRequest).start_date)).toEqual(['2026-11-20', '2026-01-01']);
      expect((await reopened.stats()).mismatches).toBe(1);
      const direct = await reopened.history(daily('INFY')); // and the refetched copy is now simply fresh
      if ('error' in direct) throw direct.error;
      expect(upstream()).toHaveLength(2);
      expect(Array.from(direct.data.candles.close)).toEqual(Array.from(next.data.candles.close));
    } finally {
      await changed.close();
    }
  });

  it('serves a recorded series unchanged from one session to the next while the simulator runs', async () => {
    market = ist('2026-11-20T16:00');
    const first = await fetchCounting(daily('INFY'));
    market = ist('2026-11-23T16:00');
    const next = await fetchCounting(daily('INFY'));
    expect(next.upstream.map((r) => (r.body as HistoryRequest).start_date)).toEqual(['2026-11-20']);
    expect(Array.from(next.candles.close.subarray(0, first.candles.close.length))).toEqual(
      Array.from(first.candles.close)
    );
  });

  it('refreshes the still-forming bar, then keeps the final one', async () => {
    market = ist('2026-11-25T11:00');
    const morning = await fetchCounting(daily('TCS'));
    expect(lastDate(morning.candles)).toBe('2026-11-25');
    market = new Date('2026-11-25T11:00:30+05:30'); // seconds later: the forming bar is still young
    expect((await fetchCounting(daily('TCS'))).upstream).toHaveLength(0);
    market = ist('2026-11-25T13:00');
    const noon = await fetchCounting(daily('TCS'));
    expect(noon.upstream).toHaveLength(1);
    expect(noon.candles.volume.at(-1)).toBeGreaterThan(morning.candles.volume.at(-1)!);
    expect(noon.candles.time.length).toBe(morning.candles.time.length);
    market = ist('2026-11-25T16:00');
    const closed = await fetchCounting(daily('TCS'));
    expect(closed.upstream).toHaveLength(1);
    market = ist('2026-11-25T20:00');
    expect((await fetchCounting(daily('TCS'))).upstream).toHaveLength(0);
  });

  it('knows a holiday brings nothing new', async () => {
    market = ist('2026-11-23T16:00');
    await fetchCounting(daily('TCS'));
    market = ist('2026-11-24T12:00'); // Guru Nanak Jayanti
    expect((await fetchCounting(daily('TCS'))).upstream).toHaveLength(0);
    market = ist('2026-11-25T09:00'); // before the open
    expect((await fetchCounting(daily('TCS'))).upstream).toHaveLength(0);
    market = ist('2026-11-25T10:00');
    expect((await fetchCounting(daily('TCS'))).upstream).toHaveLength(1);
  });

  it('caches intraday bars the same way', async () => {
    market = ist('2026-11-20T16:00');
    const request = { ...daily('TCS', '2026-11-01', '2026-11-20'), interval: '5m' as const };
    const cold = await fetchCounting(request);
    expect(cold.candles.time.length).toBe(14 * 75);
    expect((await fetchCounting(request)).upstream).toHaveLength(0);
    market = ist('2026-11-23T16:00');
    const next = await fetchCounting({ ...request, end_date: '2026-11-23' });
    expect(next.upstream[0].body).toMatchObject({ start_date: '2026-11-20' });
    expect(next.candles.time.length).toBe(15 * 75);
  });

  it('reports a failed fetch as an error and stores nothing', async () => {
    market = ist('2026-11-20T16:00');
    sim.faults.errorRate = 1;
    const result = await cache.history(daily('WIPRO'));
    expect('error' in result && result.error.kind).toBe('server');
    expect((await cache.stats()).files).toBe(0);
  });

  it('writes atomically and treats a corrupt file as missing', async () => {
    market = ist('2026-11-20T16:00');
    await fetchCounting(daily('M&M'));
    const files = await readdir(directory);
    expect(files).toEqual(['NSE_M%26M_D.fxc']);
    await writeFile(join(directory, files[0]), 'garbage');
    const again = await fetchCounting(daily('M&M'));
    expect(again.upstream).toHaveLength(1);
    expect(again.candles.time.length).toBeGreaterThan(200);
  });
});
