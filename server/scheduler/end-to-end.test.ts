import { createHmac } from 'node:crypto';
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
import { startSimulator, type RunningSimulator } from '../simulator/index.js';
import { openStore, storePath, type ScheduleTiming, type Store } from '../store/index.js';
import { createFakeClock } from './fake-clock.js';
import { createServerScheduler } from './server-scheduler.js';
import type { Scheduler } from './scheduler.js';

const ist = (text: string) => Date.parse(`${text}:00+05:30`);
const SECRET = 'a-webhook-secret-of-some-length';
const SCANNER = `/**
 * @interval D
 * @lookback 60
 */
Filter = last(close) > last(ta.EMA(close, 10));
AddColumn('Close', last(close));
`;

interface SseEvent {
  id: string | null;
  event: string;
  data: string;
}

/** Reads an SSE response until `done(events)` holds; returns the events and a way to stop reading. */
function sseReader(response: Response) {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: SseEvent[] = [];
  let buffer = '';
  async function until(done: (events: SseEvent[]) => boolean, timeoutMs = 15_000): Promise<SseEvent[]> {
    const deadline = Date.now() + timeoutMs;
    while (!done(events)) {
      if (Date.now() > deadline) throw new Error(`timed out; got ${events.map((e) => e.event).join(', ')}`);
      const { value, done: ended } = await reader.read();
      if (ended) break;
      buffer += value;
      let split: number;
      while ((split = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, split);
        buffer = buffer.slice(split + 2);
        const lines = block.split('\n').filter((line) => !line.startsWith(':'));
        if (lines.length === 0) continue;
        const field = (name: string) =>
          lines.filter((l) => l.startsWith(`${name}: `)).map((l) => l.slice(name.length + 2));
        events.push({
          id: field('id')[0] ?? null,
          event: field('event')[0] ?? 'message',
          data: field('data').join('\n')
        });
      }
    }
    return events;
  }
  return { events, until, close: () => reader.cancel() };
}

interface Received {
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let dir: string;
let sim: RunningSimulator;
let store: Store;
let scheduler: Scheduler;
let server: ReturnType<typeof serve>;
let baseUrl: string;
let receiver: Server;
let received: Received[] = [];
let receiverStatus = 200;
const clock = createFakeClock(ist('2026-01-23T16:00'));
const shutdown = new AbortController();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fluxscan-e2e-'));
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
      received.push({ headers: request.headers, body });
      response.writeHead(receiverStatus).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const webhookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  await store.settings.set('alerts', {
    telegram: { username: 'trader' },
    webhook: { url: webhookUrl, secret: SECRET },
    browser: true
  });

  const scanner = await store.scanners.create({ name: 'Above EMA', description: '', category: '', source: SCANNER });
  const watchlist = await store.watchlists.create({
    name: 'Banks and IT',
    symbols: ['SBIN', 'HDFCBANK', 'ICICIBANK', 'TCS', 'INFY', 'WIPRO'].map((symbol) => ({ symbol, exchange: 'NSE' }))
  });
  if ('error' in scanner || 'error' in watchlist) throw new Error('fixture failed');
  const timings: ScheduleTiming[] = [
    { kind: 'daily', spec: { times: ['16:05'] } },
    { kind: 'once', spec: { at: ist('2026-01-23T16:10') } }
  ];
  for (const timing of timings) {
    const created = await store.schedules.create({
      scannerId: scanner.data.id,
      watchlistId: watchlist.data.id,
      ...timing
    });
    if ('error' in created) throw new Error(created.error.message);
  }

  const bus = createEventBus({ firstId: 1 });
  const logger = createLogger({ level: 'error', write: () => {} });
  scheduler = createServerScheduler({
    store,
    market: { client, cache },
    bus,
    logger,
    clock,
    pool: createSharedScanPool({ size: 2 }),
    webhook: { retries: 2, baseDelayMs: 5 }
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

/** Moves the fake clock on a minute at a time, letting the scheduler act at each step. */
async function advanceTo(time: number) {
  while (clock.now() < time) {
    clock.advance(Math.min(60_000, time - clock.now()));
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await scheduler.idle();
}

describe('a scheduled scan, end to end', () => {
  it('fires on the clock, stores its results, streams events over SSE with replay, and alerts', async () => {
    const health = await (await fetch(`${baseUrl}/api/health`)).json();
    expect(health).toMatchObject({
      database: { ok: true },
      scheduler: { running: true, nextRunAt: new Date(ist('2026-01-23T16:05')).toISOString() }
    });
    const listed = await (await fetch(`${baseUrl}/api/schedules`)).json();
    expect(listed.missedRunPolicy).toMatch(/15 minutes/);

    const live = sseReader(await fetch(`${baseUrl}/api/events`));
    await advanceTo(ist('2026-01-23T16:06'));
    const seen = await live.until((events) =>
      events.some((e) => e.event === 'alert-delivered' && JSON.parse(e.data).channel === 'webhook')
    );
    await live.close();

    const started = seen.find((e) => e.event === 'run-started')!;
    const finished = seen.find((e) => e.event === 'run-finished')!;
    expect(Number(finished.id)).toBeGreaterThan(Number(started.id));
    const runId = JSON.parse(started.data).runId;
    expect(JSON.parse(finished.data)).toMatchObject({ runId, status: 'completed', errors: 0 });

    const run = await store.runs.get(runId);
    expect(run).toMatchObject({ status: 'completed', counts: { errors: 0 } });
    expect(run!.counts.results).toBeGreaterThan(0);
    const runs = await (await fetch(`${baseUrl}/api/runs/${runId}`)).json();
    expect(JSON.stringify(runs)).toContain(runId);

    // Reconnecting with Last-Event-ID replays only what came after it.
    const replay = sseReader(await fetch(`${baseUrl}/api/events`, { headers: { 'Last-Event-ID': started.id! } }));
    const replayed = await replay.until((events) => events.filter((e) => e.event === 'alert-delivered').length === 3);
    await replay.close();
    expect(replayed.some((e) => e.event === 'run-started' || e.event === 'resync')).toBe(false);
    expect(replayed.map((e) => Number(e.id)).every((id) => id > Number(started.id))).toBe(true);
    expect(replayed.map((e) => e.event)).toContain('run-finished');

    // The webhook got one correctly signed payload with every match.
    expect(received).toHaveLength(1);
    const [hook] = received;
    const expected = `sha256=${createHmac('sha256', SECRET).update(hook.body).digest('hex')}`;
    expect(hook.headers['x-fluxscan-signature']).toBe(expected);
    const payload = JSON.parse(hook.body);
    expect(payload).toMatchObject({
      type: 'scan.matches',
      runId,
      scanner: { name: 'Above EMA' },
      watchlist: { name: 'Banks and IT' }
    });
    expect(payload.matches).toHaveLength(run!.counts.results);

    const deliveries = await store.alerts.forRun(runId);
    expect(deliveries.map((d) => [d.channel, d.status, d.attempts]).sort()).toEqual([
      ['browser', 'sent', 1],
      ['telegram', 'sent', 1],
      ['webhook', 'sent', 1]
    ]);
    const browser = replayed.find((e) => e.event === 'alert-delivered' && JSON.parse(e.data).channel === 'browser')!;
    expect(JSON.parse(browser.data).notification.title).toMatch(/^Above EMA: \d+ match/);
    expect(sim.requests.some((r) => r.path === '/api/v1/telegram/notify')).toBe(true);
  });

  it('retries a webhook that answers 500 and records every attempt and the failure', async () => {
    received = [];
    receiverStatus = 500;
    await advanceTo(ist('2026-01-23T16:11'));
    const { runs } = await store.runs.list({ limit: 1 });
    expect(runs[0]).toMatchObject({ status: 'completed' });
    expect(received).toHaveLength(3);
    const webhook = (await store.alerts.forRun(runs[0].id)).find((d) => d.channel === 'webhook');
    expect(webhook).toMatchObject({ status: 'failed', attempts: 3, lastError: 'the webhook answered HTTP 500' });
  });
});
