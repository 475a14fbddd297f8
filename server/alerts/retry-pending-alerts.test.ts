import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEventBus, type ServerEvent } from '../events/index.js';
import { openStore, storePath, type AlertDelivery, type RunResult, type Store } from '../store/index.js';
import { retryPendingAlerts, startPendingAlertRetries } from './retry-pending-alerts.js';
import { signWebhookBody } from './webhook.js';

const SECRET = 'a-webhook-secret-of-some-length';
const T0 = 1_700_000_000_000;

let dir: string;
let store: Store;
let server: Server | null = null;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fluxscan-alert-retries-'));
  store = await openStore(storePath(dir));
});
afterEach(async () => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

/** What a restart does to the store: the file is closed and opened again by a new connection. */
async function restart() {
  store.close();
  store = await openStore(storePath(dir));
}

/** A real HTTP receiver answering with the given statuses in turn (the last one repeats). */
async function receiver(statuses: number[]) {
  const received: { body: string; signature: string | undefined }[] = [];
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ body, signature: request.headers['x-fluxscan-signature'] as string | undefined });
      response.writeHead(statuses[Math.min(received.length - 1, statuses.length - 1)]).end();
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  await store.settings.set('alerts', { webhook: { url, secret: SECRET }, browser: false });
  return received;
}

const match = (symbol: string): RunResult => ({
  symbol,
  exchange: 'NSE',
  signal: 'BUY',
  columns: { close: 100 },
  barTime: 1_699_920_000
});

/** A completed scheduled run with matches, as the scheduler leaves it before alerting. */
async function completedRun(symbols = ['SBIN', 'TCS']) {
  const scanner = await store.scanners.create({
    name: 'Breakout',
    description: '',
    category: '',
    source: 'Filter = 1'
  });
  const watchlist = await store.watchlists.create({ name: 'NIFTY 50', symbols: [] });
  if ('error' in scanner || 'error' in watchlist) throw new Error('fixture failed');
  const schedule = await store.schedules.create({
    scannerId: scanner.data.id,
    watchlistId: watchlist.data.id,
    kind: 'interval',
    spec: { minutes: 5 }
  });
  if ('error' in schedule) throw new Error('fixture failed');
  const run = await store.runs.start({
    scheduleId: schedule.data.id,
    scanner: { id: scanner.data.id, name: 'Breakout', source: '' },
    watchlist: { id: null, name: 'NIFTY 50', symbols: 50 },
    startedAt: T0 - 60_000
  });
  await store.runs.finish(run.id, { status: 'completed', results: symbols.map(match), finishedAt: T0 - 59_000 });
  return run.id;
}

/** A delivery left pending at `at` after the given recorded attempts, as a killed process leaves it. */
async function leftPending(
  runId: string,
  channel: string,
  attempts: { error: string }[],
  at = T0
): Promise<AlertDelivery> {
  let delivery = await store.alerts.create({ runId, channel }, at);
  for (const { error } of attempts)
    delivery = (await store.alerts.recordAttempt(delivery.id, { status: 'pending', error }, at))!;
  return delivery;
}

function dependencies(telegramCalls: string[] = []) {
  const bus = createEventBus();
  const events: ServerEvent[] = [];
  bus.subscribe((event) => events.push(event));
  const client = {
    telegramNotify: async ({ message }: { message: string }) => {
      telegramCalls.push(message);
      return { data: {} };
    }
  };
  return { deps: { store, client, bus, webhook: { baseDelayMs: 1_000, timeoutMs: 2_000 } }, events };
}

describe('pending alerts after a restart', () => {
  it('resumes a webhook delivery once its backoff has passed, continuing its attempt count', async () => {
    const runId = await completedRun();
    const { id } = await leftPending(runId, 'webhook', [{ error: 'the webhook answered HTTP 503' }]);
    await restart();
    const received = await receiver([204]);
    const { deps, events } = dependencies();

    // One attempt made: the next one is due 1 s (the base backoff) after it.
    expect(await retryPendingAlerts(deps, { startedAt: T0 + 5_000, now: () => T0 + 999 })).toEqual([]);
    expect(received).toEqual([]);
    const [retried] = await retryPendingAlerts(deps, { startedAt: T0 + 5_000, now: () => T0 + 1_000 });

    expect(retried).toMatchObject({ id, channel: 'webhook', status: 'sent', attempts: 2, lastError: null });
    expect(await store.alerts.pending()).toEqual([]);
    expect(received).toHaveLength(1);
    expect(received[0].signature).toBe(signWebhookBody(received[0].body, SECRET));
    expect(JSON.parse(received[0].body)).toMatchObject({
      type: 'scan.matches',
      runId,
      matches: [{ symbol: 'SBIN' }, { symbol: 'TCS' }]
    });
    expect(events.map((event) => event.type === 'alert-delivered' && event.data)).toEqual([
      {
        runId,
        scheduleId: expect.any(String),
        channel: 'webhook',
        status: 'sent',
        attempts: 2,
        error: null,
        notification: null
      }
    ]);
  });

  it('spends only the webhook retries left, recording each attempt, then fails', async () => {
    const runId = await completedRun();
    await leftPending(
      runId,
      'webhook',
      [{ error: 'the webhook answered HTTP 502' }, { error: 'the webhook answered HTTP 502' }],
      T0 - 60_000
    );
    await restart();
    const received = await receiver([503]);
    const { deps } = dependencies();

    const [retried] = await retryPendingAlerts(
      { ...deps, webhook: { baseDelayMs: 1, timeoutMs: 2_000 } },
      { startedAt: T0 }
    );

    // Four attempts in all (the first and three retries): two before the restart, two after.
    expect(received).toHaveLength(2);
    expect(retried).toMatchObject({ status: 'failed', attempts: 4, lastError: 'the webhook answered HTTP 503' });
    expect(await store.alerts.forRun(runId)).toEqual([retried]);
  });

  it('retries Telegram once at most, deciding from its recorded attempts', async () => {
    const runId = await completedRun();
    const cutOffFirstSend = await leftPending(runId, 'telegram', []);
    const cutOffRetry = await leftPending(runId, 'telegram', [
      { error: 'interrupted by a restart before its outcome was recorded' }
    ]);
    await restart();
    await store.settings.set('alerts', { telegram: { username: 'trader' }, browser: false });
    const sent: string[] = [];
    const { deps } = dependencies(sent);

    await retryPendingAlerts(deps, { startedAt: T0 + 1 });
    await restart();
    expect(await retryPendingAlerts({ ...deps, store }, { startedAt: T0 + 2 })).toEqual([]);

    expect(sent).toEqual(['Breakout: 2 matches on NIFTY 50\nSBIN BUY\nTCS BUY']);
    const [first, second] = await store.alerts.forRun(runId);
    expect(first).toMatchObject({ id: cutOffFirstSend.id, status: 'sent', attempts: 2, lastError: null });
    expect(second).toMatchObject({ id: cutOffRetry.id, status: 'failed', attempts: 2 });
    expect(second.lastError).toMatch(/Telegram is retried once at most/);
  });

  it('leaves a delivery of this process to its sender until it is stale', async () => {
    const runId = await completedRun();
    await leftPending(runId, 'webhook', [{ error: 'the webhook answered HTTP 500' }], T0 + 10);
    const received = await receiver([200]);
    const { deps } = dependencies();

    expect(await retryPendingAlerts(deps, { startedAt: T0, now: () => T0 + 60_000 })).toEqual([]);
    const [retried] = await retryPendingAlerts(deps, { startedAt: T0, staleAfterMs: 120_000, now: () => T0 + 130_000 });

    expect(retried).toMatchObject({ status: 'sent', attempts: 2 });
    expect(received).toHaveLength(1);
  });

  it('gives up, with the reason, on a channel no longer set up', async () => {
    const runId = await completedRun();
    await leftPending(runId, 'webhook', []);
    await restart();
    await store.settings.set('alerts', { browser: true });
    const { deps } = dependencies();

    const [given] = await retryPendingAlerts(deps, { startedAt: T0 + 1 });

    expect(given).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: 'not retried: the webhook channel is no longer set up for this schedule'
    });
  });

  it('retries at start-up and then every interval, until stopped', async () => {
    const runId = await completedRun();
    await leftPending(runId, 'webhook', []);
    await restart();
    const received = await receiver([204]);
    const { deps } = dependencies();

    const retries = startPendingAlertRetries(deps, { intervalMs: 50, startedAt: T0 + 1 });
    await expect.poll(() => received.length).toBe(1);
    await leftPending(runId, 'webhook', [], T0 - 1_000);
    await expect.poll(() => received.length).toBe(2);
    await retries.stop();

    expect((await store.alerts.forRun(runId)).map((d) => [d.status, d.attempts])).toEqual([
      ['sent', 1],
      ['sent', 1]
    ]);
  });
});
