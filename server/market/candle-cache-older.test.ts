import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { istDateOf, type IstDate } from '../../src-worker/calendar/index.js';
import { createOpenAlgoClient, type HistoryRequest } from '../openalgo/index.js';
import { startSimulator, type RunningSimulator } from '../simulator/index.js';
import { ist } from '../simulator/test-helpers.js';
import { createCandleCache, type CandleCache } from './candle-cache.js';
import { historyChunks } from './history-chunks.js';

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
  return () => rm(directory, { recursive: true, force: true });
});

const request = (
  symbol: string,
  start_date: string,
  end_date: string,
  interval: HistoryRequest['interval'] = 'D'
): HistoryRequest => ({
  symbol,
  exchange: 'NSE',
  interval,
  start_date,
  end_date
});
const upstreamHistory = () => sim.requests.filter((r) => r.path === '/api/v1/history');
async function fetchCounting(historyRequest: HistoryRequest) {
  const before = upstreamHistory().length;
  const result = await cache.history(historyRequest);
  if ('error' in result) throw result.error;
  return {
    ...result.data,
    upstream: upstreamHistory()
      .slice(before)
      .map((r) => r.body as Record<string, string>)
  };
}
const dateOf = (time: number) => istDateOf(time * 1000);

describe('candle cache, older history', () => {
  it('fetches only the older range once when a request reaches before the cache, then only the tail', async () => {
    market = ist('2026-11-20T16:00');
    const year = await fetchCounting(request('TCS', '2025-11-20', '2026-11-20'));
    const firstCached = dateOf(year.candles.time[0]);
    const fiveYears = await fetchCounting(request('TCS', '2021-11-22', '2026-11-20'));
    expect(fiveYears.upstream).toEqual([expect.objectContaining({ start_date: '2021-11-22', end_date: firstCached })]);
    expect(dateOf(fiveYears.candles.time[0]) < '2021-12-01').toBe(true);
    expect(Array.from(fiveYears.candles.close.subarray(-year.candles.close.length))).toEqual(
      Array.from(year.candles.close)
    );

    // The same as one cold fetch of the whole range would hold.
    const coldCache = createCandleCache({
      directory: await mkdtemp(join(tmpdir(), 'fluxscan-candles-')),
      client: createOpenAlgoClient({ host: sim.url, apiKey: sim.apiKey, source: 'simulator', retries: 0 }),
      now: () => market
    });
    const cold = await coldCache.history(request('TCS', '2021-11-22', '2026-11-20'));
    expect('data' in cold && Array.from(cold.data.candles.time)).toEqual(Array.from(fiveYears.candles.time));

    expect((await fetchCounting(request('TCS', '2021-11-22', '2026-11-20'))).upstream).toEqual([]);
    market = ist('2026-11-23T16:00');
    const next = await fetchCounting(request('TCS', '2021-11-22', '2026-11-23'));
    expect(next.upstream).toEqual([expect.objectContaining({ start_date: '2026-11-20', end_date: '2026-11-23' })]);
  });

  it('asks for a long intraday range in chunks a broker serves', async () => {
    market = ist('2026-11-20T16:00');
    const recent = await fetchCounting(request('SBIN', '2026-11-10', '2026-11-20', '5m'));
    expect(recent.upstream).toHaveLength(1);
    const deeper = await fetchCounting(request('SBIN', '2026-09-25', '2026-11-20', '5m'));
    expect(deeper.upstream.map((body) => [body.start_date, body.end_date])).toEqual(
      historyChunks('5m', '2026-09-25' as IstDate, dateOf(recent.candles.time[0]))
    );
    expect(deeper.upstream.length).toBeGreaterThan(1);
    const times = Array.from(deeper.candles.time);
    expect(times.every((time, i) => i === 0 || time > times[i - 1])).toBe(true);
    expect(dateOf(times[0])).toBe('2026-09-25');
  });
});

describe('historyChunks', () => {
  it('splits intraday ranges into 30-day requests and keeps daily ranges up to 2,000 days whole', () => {
    expect(historyChunks('5m', '2026-01-01' as IstDate, '2026-02-15' as IstDate)).toEqual([
      ['2026-01-01', '2026-01-30'],
      ['2026-01-31', '2026-02-15']
    ]);
    expect(historyChunks('D', '2021-11-22' as IstDate, '2026-11-20' as IstDate)).toEqual([
      ['2021-11-22', '2026-11-20']
    ]);
    expect(historyChunks('D', '2015-01-01' as IstDate, '2026-11-20' as IstDate)).toHaveLength(3);
    expect(historyChunks('W', '2001-01-01' as IstDate, '2026-11-20' as IstDate)).toHaveLength(1);
  });
});
