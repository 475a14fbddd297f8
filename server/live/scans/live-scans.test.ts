import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { barsInRange, concatCandles } from '../../../src-worker/candles/candle-slices.js';
import { packCandles } from '../../../src-worker/candles/packed.js';
import { lastBars } from '../../../src-worker/candles/types.js';
import { istDateOf, latestCompletedSession, sessionSegments } from '../../../src-worker/calendar/index.js';
import { createEventBus, type ServerEvent } from '../../events/index.js';
import { createSharedScanPool, type SharedScanPool } from '../../headless/index.js';
import { handleHttpError } from '../../http/errors.js';
import { createCandleCache, type CandleCache } from '../../market/index.js';
import { createOpenAlgoClient } from '../../openalgo/index.js';
import { startSimulator, type RunningSimulator } from '../../simulator/index.js';
import { openStore, storePath, type Store } from '../../store/index.js';
import { createCandleBuilder } from '../candles/index.js';
import { createLiveStream } from '../stream/index.js';
import { earlierBars } from './live-candles.js';
import { createLiveScanRoutes } from './live-scan-routes.js';
import type { LiveScanEvent } from './live-scan-event.js';
import { createLiveScans, type LiveScans } from './live-scans.js';

const SCANNER = `/**
 * @interval 1m
 * @lookback 30
 */
Filter = last(close) > last(ta.EMA(close, 5));
AddColumn('Close', last(close));
`;
const SYMBOLS = ['RELIANCE', 'TCS', 'HDFCBANK', 'INFY', 'ICICIBANK', 'SBIN', 'ITC', 'LT'].map((symbol) => ({
  symbol,
  exchange: 'NSE'
}));
const GRACE_MS = 2_000;
const day = latestCompletedSession(new Date());
const open = sessionSegments(day)[0].start;
const close = sessionSegments(day)[0].end;

let marketNow = open + 30 * 60_000 - 1;
let dir: string;
let simulator: RunningSimulator;
let store: Store;
let cache: CandleCache;
let pool: SharedScanPool;
const bus = createEventBus({ firstId: 1 });
const events: LiveScanEvent[] = [];
bus.subscribe((event: ServerEvent) => event.type === 'live-scan' && events.push(event.data));

function openLive(): LiveScans {
  const stream = createLiveStream({
    url: simulator.stream!.url,
    apiKey: simulator.apiKey,
    symbolsPerConnection: 5,
    stallMs: 60_000,
    marketNow: () => marketNow,
    isMarketOpen: () => true
  });
  return createLiveScans({
    store,
    cache,
    pool,
    bus,
    stream,
    builder: createCandleBuilder({ graceMs: GRACE_MS }),
    marketNow: () => marketNow,
    graceMs: GRACE_MS,
    pollMs: 5
  });
}

function api(live: LiveScans) {
  const app = new Hono();
  app.onError(handleHttpError);
  app.route('/api/live-scans', createLiveScanRoutes(live, store));
  return (path: string, init?: RequestInit) =>
    app.request(`/api/live-scans${path}`, { headers: { 'content-type': 'application/json' }, ...init });
}

const eventFor = async (minuteStart: number) =>
  vi.waitFor(
    () => {
      const event = events.find((e) => e.barTime === minuteStart / 1000);
      expect(event).toBeDefined();
      return event!;
    },
    { timeout: 20_000 }
  );

/** Plays one simulated minute: its ticks reach the candles, then the clock passes its close plus the grace. */
async function playMinute(live: LiveScans, minuteStart: number) {
  marketNow = minuteStart + 60_000 - 1;
  simulator.stream!.pump();
  const lastSlot = minuteStart + 45_000;
  await vi.waitFor(
    () => expect(live.status().symbols.filter((s) => s.lastTickAt === lastSlot)).toHaveLength(SYMBOLS.length),
    { timeout: 20_000 }
  );
  marketNow = minuteStart + 60_000 + GRACE_MS;
  return eventFor(minuteStart);
}

/** The same scanner run directly over the simulator's history bars through `barTime`. */
async function scanFromHistory(barTime: number) {
  const tasks = [];
  for (const instrument of SYMBOLS) {
    const earlier = await earlierBars(cache, instrument, '1m', 30, marketNow, 'test');
    const today = await cache.history({
      ...instrument,
      exchange: 'NSE',
      interval: '1m',
      start_date: day,
      end_date: day
    });
    if ('error' in earlier || 'error' in today) throw new Error('history failed');
    const candles = concatCandles(earlier.data, barsInRange(today.data.candles, 0, barTime));
    tasks.push({ ...instrument, interval: '1m', candles: packCandles(lastBars(candles, 30)) });
  }
  const summary = await pool.get().scan({ source: SCANNER, symbols: tasks });
  return summary.rows.map((row) => row.symbol).sort();
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fluxscan-live-scans-'));
  simulator = await startSimulator({
    historySpacingMs: 0,
    rateLimitPerSecond: 1000,
    stream: { clock: { now: () => new Date(marketNow) }, pumpIntervalMs: null }
  });
  const client = createOpenAlgoClient({
    host: simulator.url,
    apiKey: simulator.apiKey,
    source: 'simulator',
    historyRatePerSecond: 1000,
    retries: 0
  });
  cache = createCandleCache({ directory: join(dir, 'candles'), client });
  store = await openStore(storePath(dir));
  pool = createSharedScanPool({ size: 1 });
});

afterAll(async () => {
  pool.close();
  store.close();
  await simulator.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('live scans over an accelerated simulator session', () => {
  it('rescans on every bar close with the history’s results, says who entered and left, keeps the day, resumes after a restart, stops at the close', async () => {
    const scanner = await store.scanners.create({
      name: 'Above EMA live',
      description: '',
      category: '',
      source: SCANNER
    });
    if ('error' in scanner) throw new Error(scanner.error.message);
    let live = openLive();
    await live.start();
    let request = api(live);

    const invalid = await request('', {
      method: 'POST',
      body: JSON.stringify({ scannerId: scanner.data.id, interval: '2m' })
    });
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).error.fields).toEqual({ interval: [expect.stringContaining('1m, 3m')] });
    const neither = await request('', {
      method: 'POST',
      body: JSON.stringify({ scannerId: scanner.data.id, interval: '5m' })
    });
    expect((await neither.json()).error.fields).toEqual({ watchlistId: ['give either watchlistId or symbols'] });
    expect(
      (
        await request('', {
          method: 'POST',
          body: JSON.stringify({ scannerId: 'nope', symbols: SYMBOLS, interval: '1m' })
        })
      ).status
    ).toBe(404);

    const created = await request('', {
      method: 'POST',
      body: JSON.stringify({ scannerId: scanner.data.id, symbols: SYMBOLS, interval: '1m' })
    });
    expect(created.status).toBe(201);
    const { id } = await created.json();
    await vi.waitFor(
      () => expect(live.status().symbols.filter((s) => s.status === 'subscribed')).toHaveLength(SYMBOLS.length),
      { timeout: 20_000 }
    );
    expect(live.status().connections).toHaveLength(2);

    // The minute the scan joined closes first: history back-filled the minutes before it.
    marketNow = open + 30 * 60_000 + GRACE_MS;
    const first = await eventFor(open + 29 * 60_000);
    expect(first.entered).toEqual(first.rows.map((r) => `NSE:${r.symbol}`));
    let previous = first.rows.map((r) => `NSE:${r.symbol}`);
    for (let minute = 30; minute < 34; minute++) {
      const event = await playMinute(live, open + minute * 60_000);
      expect(event.liveScanId).toBe(id);
      const symbols = event.rows.map((row) => row.symbol).sort();
      expect(symbols).toEqual(await scanFromHistory(event.barTime));
      expect(event.entered).toEqual(event.rows.map((r) => `NSE:${r.symbol}`).filter((key) => !previous.includes(key)));
      expect(event.exited).toEqual(previous.filter((key) => !event.rows.some((r) => `NSE:${r.symbol}` === key)));
      previous = event.rows.map((r) => `NSE:${r.symbol}`);
    }
    await live.idle();
    const detail = await (await request(`/${id}`)).json();
    expect(detail).toMatchObject({
      status: 'running',
      state: { lastBarTime: (open + 33 * 60_000) / 1000, scanning: false },
      latest: { barTime: (open + 33 * 60_000) / 1000 }
    });
    expect(detail.state.symbols).toHaveLength(SYMBOLS.length);
    const history = await (await request(`/${id}/results?day=${istDateOf(open)}`)).json();
    expect(history.results.map((r: any) => r.barTime)).toEqual(
      [29, 30, 31, 32, 33].map((m) => (open + m * 60_000) / 1000)
    );

    // The stream drops the socket: the client reconnects and resubscribes, history fills the gap, results still match.
    simulator.stream!.dropConnections();
    await vi.waitFor(
      () => expect(live.status().connections.every((c) => c.reconnects === 1 && c.state === 'ready')).toBe(true),
      { timeout: 20_000 }
    );
    await vi.waitFor(
      () => expect(live.status().symbols.filter((s) => s.status === 'subscribed')).toHaveLength(SYMBOLS.length),
      { timeout: 20_000 }
    );
    const afterDrop = await playMinute(live, open + 34 * 60_000);
    expect(afterDrop.rows.map((row) => row.symbol).sort()).toEqual(await scanFromHistory(afterDrop.barTime));

    // A restart during market hours resumes the scan.
    live.close();
    live = openLive();
    await live.start();
    request = api(live);
    await vi.waitFor(
      () => expect(live.status().symbols.filter((s) => s.status === 'subscribed')).toHaveLength(SYMBOLS.length),
      { timeout: 20_000 }
    );
    const resumed = await playMinute(live, open + 35 * 60_000);
    expect(resumed).toMatchObject({ liveScanId: id, barTime: (open + 35 * 60_000) / 1000 });

    // The market calendar stops it after the close.
    marketNow = close + GRACE_MS;
    await vi.waitFor(async () => expect((await live.get(id))?.status).toBe('stopped'));
    expect((await live.get(id))?.stopReason).toBe('market closed');
    const refused = await request('', {
      method: 'POST',
      body: JSON.stringify({ scannerId: scanner.data.id, symbols: SYMBOLS, interval: '5m' })
    });
    expect(refused.status).toBe(409);
    live.close();
  }, 60_000);
});
