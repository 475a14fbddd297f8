import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { loadServerConfig } from '../config.js';
import { createEventBus } from '../events/index.js';
import { createSharedScanPool } from '../headless/index.js';
import { createLogger } from '../http/logger.js';
import { createCandleCache } from '../market/index.js';
import { createOpenAlgoClient } from '../openalgo/index.js';
import { createFakeClock } from '../scheduler/fake-clock.js';
import type { Scheduler } from '../scheduler/scheduler.js';
import { createServerScheduler } from '../scheduler/server-scheduler.js';
import { startSimulator, type RunningSimulator } from '../simulator/index.js';
import { openStore, storePath, type RunResult, type Store } from '../store/index.js';

const ist = (text: string) => Date.parse(`${text}:00+05:30`);
const TOP = 3;
/** The 3 strongest of 12 by 5-day performance against NIFTY, with each symbol's industry. */
const SCANNER = `/**
 * @name RS top
 * @lookback 60
 */
Filter = true;
Rank = rsRating(close, benchmark.close, 5);
AddColumn('industry', industry);
`;
const SYMBOLS = [
  'SBIN',
  'HDFCBANK',
  'ICICIBANK',
  'AXISBANK',
  'TCS',
  'INFY',
  'WIPRO',
  'HCLTECH',
  'ITC',
  'MARUTI',
  'TITAN',
  'NTPC'
];

let dir: string;
let sim: RunningSimulator;
let store: Store;
let scheduler: Scheduler;
let server: ReturnType<typeof serve>;
let baseUrl: string;
let receiver: Server;
const received: { runId: string; enteredTop: number; symbols: string[] }[] = [];
const clock = createFakeClock(ist('2026-01-23T15:00'));
const shutdown = new AbortController();
let scheduleId: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fluxscan-entered-top-'));
  mkdirSync(join(dir, 'build'));
  writeFileSync(join(dir, 'build', 'index.html'), '<!doctype html><div id="app"></div>');
  sim = await startSimulator({
    port: 0,
    now: () => new Date(clock.now()),
    historySpacingMs: 0,
    rateLimitPerSecond: 1000
  });
  const client = createOpenAlgoClient({
    host: sim.url,
    apiKey: sim.apiKey,
    source: 'simulator',
    historyRatePerSecond: 100,
    retries: 0
  });
  const cache = createCandleCache({ directory: join(dir, 'candles'), client, now: () => new Date(clock.now()) });
  store = await openStore(storePath(dir));
  receiver = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      const payload = JSON.parse(body);
      received.push({
        runId: payload.runId,
        enteredTop: payload.enteredTop,
        symbols: payload.matches.map((m: RunResult) => m.symbol)
      });
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const webhookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  await store.settings.set('alerts', {
    telegram: null,
    webhook: { url: webhookUrl, secret: 'a-webhook-secret-of-some-length' },
    browser: false
  });

  const scanner = await store.scanners.create({ name: 'RS top', description: '', category: '', source: SCANNER });
  const watchlist = await store.watchlists.create({
    name: 'Twelve',
    symbols: SYMBOLS.map((symbol) => ({ symbol, exchange: 'NSE' }))
  });
  if ('error' in scanner || 'error' in watchlist) throw new Error('fixture failed');
  const schedule = await store.schedules.create({
    scannerId: scanner.data.id,
    watchlistId: watchlist.data.id,
    kind: 'daily',
    spec: { times: ['16:05'] }
  });
  if ('error' in schedule) throw new Error(schedule.error.message);
  scheduleId = schedule.data.id;

  const bus = createEventBus({ firstId: 1 });
  const logger = createLogger({ level: 'error', write: () => {} });
  scheduler = createServerScheduler({
    store,
    market: { client, cache },
    bus,
    logger,
    clock,
    pool: createSharedScanPool({ size: 1 }),
    webhook: { retries: 0, baseDelayMs: 5 }
  });
  const config = loadServerConfig({ FLUXSCAN_DATA_DIR: dir });
  if ('error' in config) throw new Error(config.error);
  const app = createApp({
    config: config.data,
    market: { client, cache },
    store,
    logger,
    buildDir: join(dir, 'build'),
    events: { bus, signal: shutdown.signal },
    scheduler
  });
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
      baseUrl = `http://127.0.0.1:${info.port}`;
      resolve();
    });
  });
  await scheduler.start();
});

afterAll(async () => {
  shutdown.abort();
  await scheduler.stop();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
  await sim.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const keysInTop = (results: RunResult[]) =>
  results.filter((r) => typeof r.columns.rank === 'number' && r.columns.rank <= TOP).map((r) => r.symbol);

describe('an alert on entering the top N', () => {
  it('refuses a top N that is not a whole number from 1, with the field named', async () => {
    const answer = await fetch(`${baseUrl}/api/alerts/schedules/${scheduleId}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ enabled: true, onlyNew: false, channels: null, enteredTop: 0 })
    });
    expect(answer.status).toBe(400);
    expect(await answer.text()).toContain('enteredTop');
  });

  it('alerts each day only the symbols ranked in the top N that were not in the previous run’s top N', async () => {
    const put = await fetch(`${baseUrl}/api/alerts/schedules/${scheduleId}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ enabled: true, onlyNew: false, channels: ['webhook'], enteredTop: TOP })
    });
    expect(put.status).toBe(200);
    expect((await (await fetch(`${baseUrl}/api/alerts/schedules/${scheduleId}`)).json()).alerts.enteredTop).toBe(TOP);

    let stayed = 0;
    let previousTop: string[] | null = null;
    // Friday, the weekend and a holiday (no new bars: nothing enters), then three trading days.
    for (const day of [
      '2026-01-23',
      '2026-01-24',
      '2026-01-25',
      '2026-01-26',
      '2026-01-27',
      '2026-01-28',
      '2026-01-29'
    ]) {
      const before = received.length;
      clock.set(ist(`${day}T16:06`));
      await scheduler.idle();
      const { runs } = await store.runs.list({ scheduleId, limit: 1 });
      const run = runs[0];
      expect(run).toMatchObject({ status: 'completed', message: null });
      const results = (await store.runs.results(run.id, { limit: 1000 })).results;
      expect(results).toHaveLength(SYMBOLS.length);
      expect(results.find((r) => r.symbol === 'TCS')!.columns.industry).toBe('Information Technology');
      const top = keysInTop(results);
      expect(top).toHaveLength(TOP);
      const entered = previousTop === null ? top : top.filter((symbol) => !previousTop!.includes(symbol));
      if (previousTop !== null) stayed += top.length - entered.length;
      const alerts = received.slice(before);
      if (entered.length === 0) {
        expect(alerts).toEqual([]);
      } else {
        expect(alerts).toHaveLength(1);
        expect(alerts[0]).toMatchObject({ runId: run.id, enteredTop: TOP });
        expect(alerts[0].symbols.sort()).toEqual([...entered].sort());
      }
      previousTop = top;
    }
    // The days tested more than "every leader is alerted": some leaders stayed and were not alerted again.
    expect(stayed).toBeGreaterThan(0);
    expect(received.length).toBeGreaterThan(1);
    const deliveries = await store.alerts.forRun(received.at(-1)!.runId);
    expect(deliveries).toEqual([expect.objectContaining({ channel: 'webhook', status: 'sent' })]);
  });
});
