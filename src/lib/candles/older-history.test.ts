import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { istDateOf, istEpochMs, type IstDate } from '$engine/calendar';
import { coldFetchStartDate } from '$engine/candles/history-range';
import { unpackCandles } from '$engine/candles/packed';
import type { BatchTask } from '$engine/engine/engine-api';
import { clearCandleCache, indexedDbCandleStore as store } from './candle-db';
import { loadScanCandles, type LoadScanCandlesOptions } from './candle-loader';
import { candleKey, type SymbolRef } from './candle-record';
import type { CandleLoadProgress } from './load-progress';
import type { SymbolDataStatus } from './symbol-status';
import { istMs, startTestMarket, type TestMarket } from './test-helpers';

const SYMBOLS: SymbolRef[] = ['TCS', 'SBIN', 'RELIANCE', 'LT'].map((symbol) => ({ symbol, exchange: 'NSE' }));
const LOOKBACK = 100;
const FROM = '2022-01-03' as IstDate;
const DEEP_START = coldFetchStartDate('D', LOOKBACK, istEpochMs(FROM));

let market: TestMarket;
beforeEach(async () => {
  market = await startTestMarket(istMs('2026-12-07T16:00'));
  await clearCandleCache();
});
afterEach(() => market.close());

/** Runs the loader at `time` in IndexedDB (Dexie) and collects tasks, statuses, progress and the requests made. */
async function loadAt(time: string, options: Partial<LoadScanCandlesOptions> = {}) {
  market.clock.now = istMs(time);
  market.requests.length = 0;
  const statuses: SymbolDataStatus[] = [];
  const progress: CandleLoadProgress[] = [];
  const tasks: BatchTask[] = [];
  for await (const task of loadScanCandles({
    symbols: SYMBOLS,
    interval: 'D',
    lookbackBars: LOOKBACK,
    now: () => market.clock.now,
    onStatus: (status) => statuses.push(status),
    onProgress: (step) => progress.push(step),
    store,
    api: market.api,
    ...options
  })) {
    tasks.push(task);
  }
  const states = Object.fromEntries(statuses.map((status) => [status.symbol, status.state]));
  return { statuses, states, progress, tasks, requests: [...market.requests] };
}

/** What the server answers for a symbol over a range: the bars the cache must hold. */
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

const dateOf = (time: number) => istDateOf(time * 1000);
const taskOf = (tasks: BatchTask[], symbol: string) =>
  unpackCandles(tasks.find((task) => task.symbol === symbol)!.candles);
const historyBodies = (requests: TestMarket['requests']) =>
  requests.filter((request) => request.endpoint === 'history').map((request) => request.body);

/** Bars a task holds before FROM: the look-back, or all the server has for a series listed later. */
async function expectLookbackBeforeFrom(task: ReturnType<typeof unpackCandles>, symbol: string) {
  const server = await serverSeries(symbol, DEEP_START, '2026-12-31');
  const serverBefore = server.time.findIndex((time) => dateOf(time) >= FROM);
  expect(task.time.findIndex((time) => dateOf(time) >= FROM)).toBe(Math.min(LOOKBACK, serverBefore));
}

describe('loadScanCandles from a date (a backtest)', () => {
  it('fetches only the missing older range once, keeps it, then fetches only the tail', async () => {
    await loadAt('2026-12-07T16:00');
    const scanDepth = await store.readMany(SYMBOLS.map((ref) => candleKey(ref, 'D')));
    const deep = await loadAt('2026-12-07T17:00', { from: FROM });
    // One request per symbol, for the older range only: through the first cached bar's day, which both hold.
    const [first] = await store.readMany([candleKey(SYMBOLS[0], 'D')]);
    expect(historyBodies(deep.requests)).toEqual(
      SYMBOLS.map((ref, i) => ({
        ...ref,
        interval: 'D',
        start_date: DEEP_START,
        end_date: dateOf(scanDepth[i]!.time[0])
      }))
    );
    expect(new Set(Object.values(deep.states))).toEqual(new Set(['refreshed']));
    expect(deep.progress.some((step) => step.phase === 'history' && step.fetchingHistory > 0)).toBe(true);
    expect(deep.progress.at(-1)).toMatchObject({
      phase: 'done',
      settled: SYMBOLS.length,
      total: SYMBOLS.length,
      fetching: 0,
      fetchingHistory: 0
    });
    expect(first!.coveredFrom).toBe(DEEP_START);

    // The task: LOOKBACK bars before `from`, then every bar through the newest, exactly as the server has them.
    const server = await serverSeries('TCS', DEEP_START, '2026-12-07');
    const tcs = taskOf(deep.tasks, 'TCS');
    await expectLookbackBeforeFrom(tcs, 'TCS');
    expect(dateOf(tcs.time[tcs.time.length - 1])).toBe('2026-12-07');
    const offset = server.time.length - tcs.time.length;
    expect(Array.from(tcs.close)).toEqual(Array.from(server.close.subarray(offset)));
    expect(Array.from(first!.time)).toEqual(Array.from(server.time));

    const again = await loadAt('2026-12-07T18:00', { from: FROM });
    expect(again.requests).toEqual([]);
    expect(new Set(Object.values(again.states))).toEqual(new Set(['cached']));
    expect(again.progress.some((step) => step.phase === 'history')).toBe(false);

    const nextDay = await loadAt('2026-12-08T16:00', { from: FROM });
    expect(historyBodies(nextDay.requests).map((body) => body.start_date)).toEqual(
      Array(SYMBOLS.length).fill('2026-12-07')
    );
    expect(dateOf(taskOf(nextDay.tasks, 'TCS').time.at(-1)!)).toBe('2026-12-08');
    await expectLookbackBeforeFrom(taskOf(nextDay.tasks, 'TCS'), 'TCS');
  });

  it('fetches a cold cache from lookback bars before `from` in one request per symbol', async () => {
    const cold = await loadAt('2026-12-07T16:00', { from: FROM });
    expect(historyBodies(cold.requests).map((body) => body.start_date)).toEqual(Array(SYMBOLS.length).fill(DEEP_START));
    expect(new Set(Object.values(cold.states))).toEqual(new Set(['fetched']));
    expect(cold.progress.some((step) => step.phase === 'history')).toBe(false);
    for (const { symbol } of SYMBOLS) await expectLookbackBeforeFrom(taskOf(cold.tasks, symbol), symbol);
  });

  it('refetches the whole range when the server no longer agrees with the first cached bar', async () => {
    await loadAt('2026-12-07T16:00');
    const [record] = await store.readMany([candleKey(SYMBOLS[0], 'D')]);
    record!.close[0] += 1;
    await store.put(record!);
    const deep = await loadAt('2026-12-07T17:00', { from: FROM });
    expect(deep.states).toMatchObject({ TCS: 'fetched', SBIN: 'refreshed' });
    const tcsStarts = historyBodies(deep.requests)
      .filter((body) => body.symbol === 'TCS')
      .map((body) => body.start_date);
    expect(tcsStarts).toEqual([DEEP_START, DEEP_START]);
    const [fixed] = await store.readMany([candleKey(SYMBOLS[0], 'D')]);
    expect(Array.from(fixed!.close)).toEqual(Array.from((await serverSeries('TCS', DEEP_START, '2026-12-07')).close));
  });

  it('scans the cached bars, marked stale with the reason, when the older history cannot be fetched', async () => {
    await loadAt('2026-12-07T16:00');
    market.offline = true;
    const offline = await loadAt('2026-12-07T17:00', { from: FROM });
    expect(new Set(Object.values(offline.states))).toEqual(new Set(['stale']));
    expect(offline.statuses[0].error).toMatch(/older history from .* not fetched/);
    expect(offline.tasks).toHaveLength(SYMBOLS.length);
    market.offline = false;
    const online = await loadAt('2026-12-07T17:30', { from: FROM });
    expect(new Set(Object.values(online.states))).toEqual(new Set(['refreshed']));
    expect(historyBodies(online.requests).map((body) => body.start_date)).toEqual(
      Array(SYMBOLS.length).fill(DEEP_START)
    );
  });
});
