import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import type { ServerEvent } from '../events/index.js';
import { createBacktestFixture, json, nextEvent, type BacktestFixture } from './backtest-test-fixture.js';
import { createBacktestStore } from './backtest-store.js';

const SCANNER = `/**
 * @interval D
 * @lookback 60
 */
const fast = ta.EMA(close, 10), slow = ta.EMA(close, 20);
if (crossover(fast, slow)) { signal = true; signal_type = 'BUY'; }
if (crossunder(fast, slow)) { signal = true; signal_type = 'SELL'; }
`;
/** Spends a while on every bar, so a test can cancel it mid-way. */
const SLOW_SCANNER = `/**
 * @interval D
 */
let x = 0; for (let i = 0; i < 200000; i++) x += i;
return null;
`;
const SYMBOLS = ['SBIN', 'RELIANCE', 'TCS', 'INFY', 'NOSUCHSYMBOL'];

let fixture: BacktestFixture;
let app: Hono;
let scannerId: string;
let slowScannerId: string;
let watchlistId: string;

beforeAll(async () => {
  fixture = await createBacktestFixture();
  app = fixture.mount();
  const scanner = await fixture.store.scanners.create({
    name: 'EMA cross',
    description: '',
    category: '',
    source: SCANNER
  });
  const slow = await fixture.store.scanners.create({
    name: 'Slow',
    description: '',
    category: '',
    source: SLOW_SCANNER
  });
  const watchlist = await fixture.store.watchlists.create({
    name: 'Five',
    symbols: SYMBOLS.map((symbol) => ({ symbol, exchange: 'NSE' }))
  });
  if ('error' in scanner || 'error' in slow || 'error' in watchlist) throw new Error('fixture failed');
  scannerId = scanner.data.id;
  slowScannerId = slow.data.id;
  watchlistId = watchlist.data.id;
});
afterAll(() => fixture.close());

describe('POST /api/backtests validation', () => {
  it('answers 400 naming each bad field', async () => {
    const response = await app.request(
      '/api/backtests',
      json('POST', { scannerId: '', watchlistId, from: '2025-13-01', to: '2025-12-31', horizons: [0, 5.5] })
    );
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.fields).toMatchObject({
      scannerId: ['scannerId is required'],
      from: ['from must be a date as YYYY-MM-DD'],
      'horizons.0': ['horizons start at 1 bar'],
      'horizons.1': ['each horizon must be a whole number of bars']
    });
  });

  it('refuses a range that ends before it starts, unknown fields and unknown scanners', async () => {
    const reversed = await app.request(
      '/api/backtests',
      json('POST', { scannerId, watchlistId, from: '2025-06-01', to: '2025-01-01' })
    );
    expect((await reversed.json()).error.fields).toEqual({ from: ['from must not be after to'] });
    const extra = await app.request(
      '/api/backtests',
      json('POST', { scannerId, watchlistId, from: '2025-01-01', to: '2025-06-01', interval: 'W' })
    );
    expect(extra.status).toBe(400);
    const missing = await app.request(
      '/api/backtests',
      json('POST', { scannerId: 'nope', watchlistId, from: '2025-01-01', to: '2025-06-01' })
    );
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.fields).toEqual({ scannerId: ['no such scanner'] });
  });
});

describe('a backtest on the server', () => {
  it('runs in the pool, reports progress, and stores its summary, hits per day and events', async () => {
    const body = {
      scannerId,
      watchlistId,
      from: '2025-01-01',
      to: '2025-12-31',
      horizons: [1, 5],
      benchmark: { symbol: 'RELIANCE', exchange: 'NSE' }
    };
    const seen: ServerEvent[] = [];
    const stop = fixture.bus.subscribe((event) => seen.push(event));
    const response = await app.request('/api/backtests', json('POST', body));
    expect(response.status).toBe(201);
    const created = await response.json();
    expect(created).toMatchObject({ status: 'running', scanner: 'EMA cross' });
    const finished = await nextEvent(fixture.bus, 'backtest-finished', created.id);
    stop();
    expect(finished.data).toMatchObject({ status: 'completed', errors: 1 });
    expect(seen.some((event) => event.type === 'backtest-progress' && event.data.backtestId === created.id)).toBe(true);

    const stored = await (await app.request(`/api/backtests/${created.id}?limit=3&offset=1`)).json();
    expect(stored.status).toBe('completed');
    expect(Object.keys(stored.summary.horizons)).toEqual(['1', '5']);
    expect(stored.summary.horizons['5'].meanExcess).toEqual(expect.any(Number));
    expect(stored.events).toBeGreaterThan(10);
    expect(stored.summary.horizons['1'].events).toBeLessThanOrEqual(stored.events);
    expect(stored.hitsPerDay[0].date).toMatch(/^2025-01-0/);
    expect(stored.hitsPerDay.at(-1).date).toMatch(/^2025-12-3/);
    expect(stored.errors).toEqual([
      { symbol: 'NOSUCHSYMBOL', exchange: 'NSE', message: expect.stringMatching(/^no data: /), line: null }
    ]);
    expect(stored.stats).toMatchObject({ symbols: 5, evaluations: expect.any(Number) });
    expect(stored.page.events).toHaveLength(3);
    const all = await (await app.request(`/api/backtests/${created.id}?limit=1000`)).json();
    expect(stored.page.events).toEqual(all.page.events.slice(1, 4));
    expect(all.page.events.map((e: { signal: string }) => e.signal)).toContain('SELL');

    const list = await (await app.request('/api/backtests')).json();
    expect(list.backtests.map((b: { id: string }) => b.id)).toContain(created.id);

    expect((await app.request(`/api/backtests/${created.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await app.request(`/api/backtests/${created.id}`)).status).toBe(404);
  });

  it('can be cancelled mid-way', async () => {
    const created = await (
      await app.request(
        '/api/backtests',
        json('POST', { scannerId: slowScannerId, watchlistId, from: '2020-01-01', to: '2025-12-31', benchmark: null })
      )
    ).json();
    await nextEvent(fixture.bus, 'backtest-progress', created.id);
    const cancelled = await app.request(`/api/backtests/${created.id}/cancel`, { method: 'POST' });
    expect(cancelled.status).toBe(200);
    expect(await cancelled.json()).toMatchObject({ status: 'cancelled' });
    expect((await app.request(`/api/backtests/${created.id}/cancel`, { method: 'POST' })).status).toBe(409);
  });

  it('a backtest left running by a server that died is marked interrupted when the routes start again', async () => {
    const orphan = await createBacktestStore(fixture.store.client).start(
      { scannerId, watchlistId, from: '2025-01-01', to: '2025-02-01', horizons: [1], params: {}, benchmark: null },
      'EMA cross'
    );
    const restarted = fixture.mount();
    const stored = await (await restarted.request(`/api/backtests/${orphan.id}`)).json();
    expect(stored).toMatchObject({ status: 'interrupted', message: 'the server stopped during this backtest' });
  });
});
