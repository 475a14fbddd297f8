import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { istDateOf, type IstDate } from '$engine/calendar';
import { unpackCandles } from '$engine/candles/packed';
import type { BatchTask } from '$engine/engine/engine-api';
import { candleKey, type SymbolRef } from './candle-record';
import { loadScanCandles, type LoadScanCandlesOptions } from './candle-loader';
import { coldFetchStartDate } from '$engine/candles/history-range';
import type { SymbolDataStatus } from './symbol-status';
import { createMemoryCandleStore, istMs, startTestMarket, type TestMarket } from './test-helpers';

// Synthetic series: the simulator re-dates its recorded ones (INFY, WIPRO…) to end at the latest session.
const SYMBOLS: SymbolRef[] = ['TCS', 'SBIN', 'RELIANCE', 'LT', 'AXISBANK', 'KOTAKBANK', 'MARUTI', 'BHARTIARTL'].map(
  (symbol) => ({ symbol, exchange: 'NSE' })
);
const LOOKBACK = 120;

let market: TestMarket;
let store: ReturnType<typeof createMemoryCandleStore>;
// A new server per test: its own cache must not remember a later clock from another test.
beforeEach(async () => {
  market = await startTestMarket(istMs('2026-12-07T16:00'));
  store = createMemoryCandleStore();
});
afterEach(() => market.close());

/** Runs the loader at `time` and collects what it yields and reports, with the requests it made. */
async function loadAt(time: string, options: Partial<LoadScanCandlesOptions> = {}) {
  market.clock.now = istMs(time);
  market.requests.length = 0;
  const statuses: SymbolDataStatus[] = [];
  const tasks: BatchTask[] = [];
  const loader = loadScanCandles({
    symbols: SYMBOLS,
    interval: 'D',
    lookbackBars: LOOKBACK,
    now: () => market.clock.now,
    onStatus: (status) => statuses.push(status),
    store,
    api: market.api,
    ...options
  });
  for await (const task of loader) tasks.push(task);
  return { statuses, tasks, requests: [...market.requests] };
}

const states = (statuses: SymbolDataStatus[]) =>
  Object.fromEntries(statuses.map((status) => [status.symbol, status.state]));
const lastBarDate = (task: BatchTask) => {
  const { time } = unpackCandles(task.candles);
  return istDateOf(time[time.length - 1] * 1000);
};

/** The series the server itself answers for a symbol, for comparing what the cache holds. */
async function serverSeries(symbol: string, from: string, to: string) {
  const result = await market.api.history({
    symbol,
    exchange: 'NSE',
    interval: 'D',
    start_date: from as IstDate,
    end_date: to as IstDate
  });
  if (!('data' in result)) throw new Error(result.error.message);
  return result.data.candles;
}

describe('loadScanCandles', () => {
  it('fetches a cold cache in full, then answers from it with no request', async () => {
    const cold = await loadAt('2026-12-07T16:00');
    expect(cold.requests.map((request) => request.endpoint)).toEqual(Array(SYMBOLS.length).fill('history'));
    expect(cold.requests[0].body).toMatchObject({
      start_date: coldFetchStartDate('D', LOOKBACK, istMs('2026-12-07T16:00')),
      end_date: '2026-12-07'
    });
    expect(new Set(Object.values(states(cold.statuses)))).toEqual(new Set(['fetched']));
    expect(cold.tasks).toHaveLength(SYMBOLS.length);
    for (const task of cold.tasks) {
      expect(task.candles.bars).toBe(LOOKBACK);
      expect(lastBarDate(task)).toBe('2026-12-07');
    }
    expect(cold.statuses[0]).toMatchObject({ source: 'simulator', fetchedAt: istMs('2026-12-07T16:00'), error: null });

    const warm = await loadAt('2026-12-08T09:00');
    expect(warm.requests).toEqual([]);
    expect(new Set(Object.values(states(warm.statuses)))).toEqual(new Set(['cached']));
    const packedBySymbol = (tasks: BatchTask[]) =>
      Object.fromEntries(tasks.map((task) => [task.symbol, task.candles.packed]));
    expect(packedBySymbol(warm.tasks)).toEqual(packedBySymbol(cold.tasks));
  });

  it('fetches only the tail after the next close and merges it without duplicates', async () => {
    await loadAt('2026-12-04T16:00');
    const next = await loadAt('2026-12-08T16:00');
    expect(next.requests.map((request) => request.body.start_date)).toEqual(Array(SYMBOLS.length).fill('2026-12-04'));
    expect(new Set(Object.values(states(next.statuses)))).toEqual(new Set(['refreshed']));
    const [record] = await store.readMany([candleKey(SYMBOLS[0], 'D')]);
    const server = await serverSeries('TCS', record!.coveredFrom, '2026-12-08');
    expect(record!.time).toEqual(server.time);
    expect(record!.close).toEqual(server.close);
  });

  it('updates the forming bar of every symbol with one multiquotes call during the session', async () => {
    await loadAt('2026-12-07T16:00');
    const during = await loadAt('2026-12-08T11:00');
    expect(during.requests.map((request) => request.endpoint)).toEqual(['multiquotes']);
    expect(during.requests[0].body.symbols).toHaveLength(SYMBOLS.length);
    expect(new Set(Object.values(states(during.statuses)))).toEqual(new Set(['refreshed']));
    for (const task of during.tasks) expect(lastBarDate(task)).toBe('2026-12-08');

    expect((await loadAt('2026-12-08T11:00')).requests).toEqual([]);

    // After the close, the forming bar is replaced by the final one, fetched from the last final bar.
    const after = await loadAt('2026-12-08T16:00');
    expect(after.requests.map((request) => request.body.start_date)).toEqual(Array(SYMBOLS.length).fill('2026-12-07'));
    const [record] = await store.readMany([candleKey(SYMBOLS[0], 'D')]);
    const server = await serverSeries('TCS', '2026-12-01', '2026-12-08');
    expect(Array.from(record!.time.slice(-server.time.length))).toEqual(Array.from(server.time));
    expect(record!.close[record!.close.length - 1]).toBe(server.close[server.close.length - 1]);
  });

  it('needs nothing on a holiday or a weekend', async () => {
    await loadAt('2026-11-23T16:00');
    expect((await loadAt('2026-11-24T12:00')).requests).toEqual([]);
    await loadAt('2026-12-04T16:00');
    expect((await loadAt('2026-12-06T12:00')).requests).toEqual([]);
  });

  it('refetches in full when the cached bars disagree with the server', async () => {
    await loadAt('2026-12-07T16:00');
    const [record] = await store.readMany([candleKey(SYMBOLS[0], 'D')]);
    record!.close[record!.close.length - 1] += 1;
    await store.put(record!);
    const next = await loadAt('2026-12-08T16:00');
    expect(states(next.statuses).TCS).toBe('fetched');
    expect(
      next.requests.filter((request) => request.body.symbol === 'TCS').map((request) => request.body.start_date)
    ).toEqual(['2026-12-07', '2026-06-01']);
    const [fixed] = await store.readMany([candleKey(SYMBOLS[0], 'D')]);
    expect(fixed!.close).toEqual((await serverSeries('TCS', '2026-06-01', '2026-12-08')).close);
  });

  it('treats a corrupt cached record as missing', async () => {
    await loadAt('2026-12-07T16:00');
    const key = candleKey(SYMBOLS[0], 'D');
    store.values.set(key, { ...(store.values.get(key) as object), close: [1, 2, 3] });
    const next = await loadAt('2026-12-07T17:00');
    expect(states(next.statuses)).toMatchObject({ TCS: 'fetched', SBIN: 'cached' });
    expect(next.requests).toHaveLength(1);
  });

  it('scans stale cached bars when offline, and reports symbols with nothing cached as failed', async () => {
    await loadAt('2026-12-04T16:00', { symbols: SYMBOLS.slice(0, 4) });
    market.offline = true;
    const offline = await loadAt('2026-12-08T16:00');
    expect(offline.statuses).toHaveLength(SYMBOLS.length);
    const cachedBefore = ['TCS', 'SBIN', 'RELIANCE', 'LT'];
    expect(
      offline.statuses
        .filter((status) => status.state === 'stale')
        .map((status) => status.symbol)
        .sort()
    ).toEqual([...cachedBefore].sort());
    const failed = offline.statuses.filter((status) => status.state === 'failed');
    expect(failed).toHaveLength(4);
    expect(failed[0]).toMatchObject({
      source: null,
      fetchedAt: null,
      lastBarTime: null,
      error: expect.stringContaining('could not be reached')
    });
    expect(offline.tasks.map((task) => task.symbol).sort()).toEqual([...cachedBefore].sort());
    for (const task of offline.tasks) expect(lastBarDate(task)).toBe('2026-12-04');
    const [record] = await store.readMany([candleKey(SYMBOLS[0], 'D')]);
    expect(record!.provenance).toMatchObject({ status: 'failed', fetchedAt: istMs('2026-12-04T16:00') });

    market.offline = false;
    const online = await loadAt('2026-12-08T16:30');
    expect(states(online.statuses)).toMatchObject({ TCS: 'refreshed', AXISBANK: 'fetched' });
  });

  it('keeps cached bars when multiquotes fails during the session', async () => {
    await loadAt('2026-12-07T16:00');
    market.offline = true;
    const during = await loadAt('2026-12-08T11:00');
    expect(new Set(Object.values(states(during.statuses)))).toEqual(new Set(['stale']));
    for (const task of during.tasks) expect(lastBarDate(task)).toBe('2026-12-07');
  });

  it('reports an unknown symbol as failed and loads the rest', async () => {
    const result = await loadAt('2026-12-07T16:00', {
      symbols: [...SYMBOLS, { symbol: 'NOSUCHSYMBOL', exchange: 'NSE' }]
    });
    expect(result.tasks).toHaveLength(SYMBOLS.length);
    expect(result.statuses.find((status) => status.symbol === 'NOSUCHSYMBOL')).toMatchObject({
      state: 'failed',
      error: expect.stringContaining('not found')
    });
  });

  it('gives each symbol one status even when listed twice or in lower case', async () => {
    const result = await loadAt('2026-12-07T16:00', {
      symbols: [
        { symbol: 'tcs', exchange: 'nse' },
        { symbol: 'TCS', exchange: 'NSE' }
      ]
    });
    expect(result.statuses.map((status) => status.symbol)).toEqual(['TCS']);
    expect(result.tasks).toHaveLength(1);
  });

  it('keeps at most the given number of requests in flight', async () => {
    market.peakInFlight = 0;
    await loadAt('2026-12-07T16:00', { concurrency: 2 });
    expect(market.peakInFlight).toBe(2);
  });

  it('stops yielding and reporting once cancelled', async () => {
    const controller = new AbortController();
    const statuses: SymbolDataStatus[] = [];
    let tasks = 0;
    for await (const _task of loadScanCandles({
      symbols: SYMBOLS,
      interval: 'D',
      lookbackBars: LOOKBACK,
      now: () => istMs('2026-12-07T16:00'),
      onStatus: (status) => statuses.push(status),
      signal: controller.signal,
      concurrency: 1,
      store,
      api: market.api
    })) {
      tasks++;
      controller.abort();
    }
    expect(tasks).toBe(1);
    expect(statuses).toHaveLength(1);
  });

  it('starts no more requests once the consumer stops iterating', async () => {
    market.clock.now = istMs('2026-12-07T16:00');
    for await (const _task of loadScanCandles({
      symbols: SYMBOLS,
      interval: 'D',
      lookbackBars: LOOKBACK,
      now: () => market.clock.now,
      concurrency: 1,
      store,
      api: market.api
    }))
      break;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(market.requests.length).toBeLessThanOrEqual(2);
  });
});
