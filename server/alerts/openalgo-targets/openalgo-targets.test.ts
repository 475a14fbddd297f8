import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApi, json } from '../../api/test-app.js';
import { createEventBus, type EventBus } from '../../events/index.js';
import { handleHttpError } from '../../http/errors.js';
import { createLiveScanRepository } from '../../live/scans/live-scan-store.js';
import type { ScanRow } from '../../../src-worker/pool/scan-types.js';
import { createTargetDispatcher } from './dispatch-targets.js';
import { startFakeOpenAlgo } from './fake-openalgo.fixture.js';
import type { Trigger } from './plan-calls.js';
import { createOpenAlgoTargetRoutes } from './target-routes.js';
import { createTargetStore, type TargetStore } from './target-store.js';
import { fireTargetsOnEvents } from './wire-targets.js';

const WEBHOOK_ID = '3f2a9c1e-5b7d-4e0a-9c11-8d2e6f4a77aa';
const row = (symbol: string, close: number): ScanRow => ({
  symbol,
  exchange: 'NSE',
  signal: 'Match',
  columns: { Close: close, RSI: 61 },
  barTime: 1_764_820_800
});

let api: Awaited<ReturnType<typeof createTestApi>>;
let fake: Awaited<ReturnType<typeof startFakeOpenAlgo>>;
let app: Hono;
let bus: EventBus;
let targets: TargetStore;
let unsubscribe: () => void;
/** Resolves each time a trigger has been fully dispatched: the tests wait on this, never on time. */
let dispatched: Array<(trigger: Trigger) => void> = [];
const nextDispatch = () => new Promise<Trigger>((resolve) => dispatched.push(resolve));

beforeEach(async () => {
  api = await createTestApi();
  fake = await startFakeOpenAlgo();
  app = new Hono().route('/api/alerts/openalgo-targets', createOpenAlgoTargetRoutes(api.store));
  app.onError(handleHttpError);
  targets = await createTargetStore(api.store.client);
  bus = createEventBus();
  const dispatch = createTargetDispatcher({ targets, now: () => Date.parse('2026-12-04T10:05:00+05:30') });
  unsubscribe = fireTargetsOnEvents({
    store: api.store,
    bus,
    now: () => Date.parse('2026-12-04T10:05:00+05:30'),
    dispatch: async (trigger) => {
      await dispatch(trigger);
      dispatched.shift()?.(trigger);
    }
  });
});
afterEach(async () => {
  unsubscribe();
  dispatched = [];
  await fake.close();
  api.close();
});

async function scanner(name: string) {
  const created = await api.store.scanners.create({
    name,
    description: '',
    category: 'custom',
    source: `// @name ${name}\nreturn close[close.length - 1] > 0;`
  });
  if (!('data' in created)) throw new Error('scanner not created');
  return created.data;
}
async function liveScan(scannerId: string) {
  const symbols = ['SBIN', 'TCS', 'INFY'].map((symbol) => ({ symbol, exchange: 'NSE' }));
  return createLiveScanRepository(api.store.client).create(
    { scannerId, watchlistId: null, symbols, interval: '1m', params: {} },
    Date.now()
  );
}
async function createTarget(body: Record<string, unknown>) {
  const response = await app.request(
    '/api/alerts/openalgo-targets',
    json('POST', { name: 'To OpenAlgo', host: fake.url, webhookId: WEBHOOK_ID, ...body })
  );
  return {
    status: response.status,
    json: (await response.json()) as { target: { id: string; webhookId: string; url: string } } & {
      error?: { message: string; fields?: Record<string, string[]> };
    }
  };
}
async function barClose(liveScanId: string, entered: string[], rows: ScanRow[]) {
  const done = nextDispatch();
  bus.publish('live-scan', { liveScanId, barTime: 1_764_823_200, entered, exited: [], rows, errors: 0, coalesced: 0 });
  await done;
}

describe('OpenAlgo Chartink strategy target', () => {
  it('posts the exact Chartink body with the chosen action word, once per symbol per run', async () => {
    const breakout = await scanner('Breakout');
    const { status, json: created } = await createTarget({
      kind: 'chartink',
      action: 'SHORT',
      scannerIds: [breakout.id]
    });
    expect(status).toBe(201);
    expect(created.target.webhookId).toBe('••••77aa');
    const listed = await (await app.request('/api/alerts/openalgo-targets')).text();
    expect(listed).not.toContain(WEBHOOK_ID);
    expect(listed).not.toContain(WEBHOOK_ID.slice(0, 12));

    const scan = await liveScan(breakout.id);
    await barClose(scan.id, ['NSE:SBIN', 'NSE:TCS'], [row('SBIN', 812.35), row('TCS', 3410)]);
    expect(fake.calls).toEqual([{ method: 'POST', path: `/chartink/webhook/${WEBHOOK_ID}`, body: expect.any(String) }]);
    expect(JSON.parse(fake.calls[0].body)).toEqual({
      stocks: 'SBIN,TCS',
      trigger_prices: '812.35,3410',
      triggered_at: '10:05 am',
      scan_name: 'SHORT Breakout',
      scan_url: 'short-breakout',
      alert_name: 'To OpenAlgo'
    });

    // SBIN and TCS stay in; INFY enters: only INFY fires.
    await barClose(scan.id, ['NSE:INFY'], [row('SBIN', 813), row('TCS', 3411), row('INFY', 1500.5)]);
    expect(fake.calls).toHaveLength(2);
    expect(JSON.parse(fake.calls[1].body)).toMatchObject({ stocks: 'INFY', trigger_prices: '1500.5' });

    const { attempts } = (await (
      await app.request(`/api/alerts/openalgo-targets/${created.target.id}/attempts`)
    ).json()) as { attempts: Array<{ status: string; httpStatus: number; answer: string; symbols: string[] }> };
    expect(attempts.map((a) => [a.status, a.httpStatus, a.symbols])).toEqual([
      ['sent', 200, ['NSE:INFY']],
      ['sent', 200, ['NSE:SBIN', 'NSE:TCS']]
    ]);
    expect(attempts[0].answer).toContain('Order queued');
  });

  it('refuses a scanner whose name holds a conflicting action word, at setup and at delivery', async () => {
    const squeeze = await scanner('Short squeeze');
    const refused = await createTarget({ kind: 'chartink', action: 'BUY', scannerIds: [squeeze.id] });
    expect(refused.status).toBe(400);
    expect(refused.json.error?.fields?.scannerIds?.[0]).toContain('SHORT');

    const { json: created } = await createTarget({ kind: 'chartink', action: 'BUY' });
    const scan = await liveScan(squeeze.id);
    await barClose(scan.id, ['NSE:SBIN'], [row('SBIN', 800)]);
    expect(fake.calls).toEqual([]);
    const [attempt] = await targets.attempts(created.target.id);
    expect(attempt).toMatchObject({ status: 'refused', symbols: ['NSE:SBIN'] });
    expect(attempt.answer).toContain('Short squeeze');
  });

  it('answers a dry run with the exact body and sends nothing', async () => {
    const { json: created } = await createTarget({ kind: 'chartink', action: 'COVER' });
    const response = await app.request(
      `/api/alerts/openalgo-targets/${created.target.id}/test`,
      json('POST', { symbols: ['SBIN', 'RELIANCE'], scannerName: 'Gap fill' })
    );
    const answer = (await response.json()) as {
      dryRun: boolean;
      sent: boolean;
      url: string;
      calls: Array<{ body: string; payload: Record<string, string> }>;
    };
    expect(answer.dryRun && !answer.sent).toBe(true);
    expect(answer.url).toBe(`${fake.url}/chartink/webhook/••••77aa`);
    expect(answer.calls).toHaveLength(1);
    expect(answer.calls[0].payload).toMatchObject({
      stocks: 'SBIN,RELIANCE',
      trigger_prices: ',',
      scan_name: 'COVER Gap fill',
      alert_name: 'To OpenAlgo'
    });
    expect(JSON.parse(answer.calls[0].body)).toEqual(answer.calls[0].payload);
    expect(fake.calls).toEqual([]);
    expect(await targets.attempts(created.target.id)).toEqual([]);
  });
});

describe('OpenAlgo strategy webhook target', () => {
  it('posts one body per symbol with the action and size, and stops at the daily cap', async () => {
    const momentum = await scanner('Momentum');
    const { json: created } = await createTarget({ kind: 'strategy', action: 'SELL', positionSize: 25, dailyCap: 2 });
    const scan = await liveScan(momentum.id);
    await barClose(
      scan.id,
      ['NSE:SBIN', 'NSE:TCS', 'NSE:INFY'],
      [row('SBIN', 800), row('TCS', 3400), row('INFY', 1500)]
    );
    expect(fake.calls.map((call) => [call.path, JSON.parse(call.body)])).toEqual([
      [`/strategy/webhook/${WEBHOOK_ID}`, { symbol: 'SBIN', action: 'SELL', position_size: 25 }],
      [`/strategy/webhook/${WEBHOOK_ID}`, { symbol: 'TCS', action: 'SELL', position_size: 25 }]
    ]);
    const attempts = await targets.attempts(created.target.id);
    expect(attempts[0]).toMatchObject({ status: 'capped', symbols: ['NSE:INFY'] });
    expect(attempts[0].answer).toContain('daily cap of 2');
  });

  it('records a refusing OpenAlgo with its answer and does not fire that symbol again', async () => {
    const momentum = await scanner('Momentum');
    const { json: created } = await createTarget({ kind: 'strategy', action: 'BUY' });
    Object.assign(fake.answer, { status: 404, body: '{"status":"error","message":"Invalid webhook ID"}' });
    const scan = await liveScan(momentum.id);
    await barClose(scan.id, ['NSE:SBIN'], [row('SBIN', 800)]);
    await barClose(scan.id, [], [row('SBIN', 801)]);
    expect(fake.calls).toHaveLength(1);
    const [attempt] = await targets.attempts(created.target.id);
    expect(attempt).toMatchObject({ status: 'failed', httpStatus: 404 });
    expect(attempt.answer).toContain('Invalid webhook ID');
  });

  it('keeps the webhook id when an update leaves it out, and refuses a create without one', async () => {
    const { json: created } = await createTarget({ kind: 'strategy', action: 'BUY' });
    const updated = await app.request(
      `/api/alerts/openalgo-targets/${created.target.id}`,
      json('PUT', { kind: 'strategy', action: 'SELL', name: 'Exit', host: fake.url })
    );
    expect(updated.status).toBe(200);
    expect((await targets.get(created.target.id))?.webhookId).toBe(WEBHOOK_ID);
    const missing = await app.request(
      '/api/alerts/openalgo-targets',
      json('POST', { kind: 'strategy', action: 'BUY', name: 'X', host: fake.url })
    );
    expect(missing.status).toBe(400);
  });
});
