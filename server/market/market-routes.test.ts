import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOpenAlgoClient } from '../openalgo/index.js';
import { startSimulator, type RunningSimulator } from '../simulator/index.js';
import { ist } from '../simulator/test-helpers.js';
import { createCandleCache } from './candle-cache.js';
import { createMarketRoutes } from './market-routes.js';

let sim: RunningSimulator;
let directory: string;
let app: Hono;
/** Every proxy response seen, to check none of them leaks the key. */
const seen: Array<{ text: string; headers: string }> = [];

beforeAll(async () => {
  sim = await startSimulator({ now: () => ist('2026-11-25T16:00'), historySpacingMs: 0, rateLimitPerSecond: 1000 });
  directory = await mkdtemp(join(tmpdir(), 'fluxscan-proxy-'));
  const client = createOpenAlgoClient({
    host: sim.url,
    apiKey: sim.apiKey,
    source: 'simulator',
    retries: 0,
    timeoutMs: 300,
    historyRatePerSecond: 100,
    ratePerSecond: 100
  });
  const cache = createCandleCache({ directory, client, now: () => ist('2026-11-25T16:00') });
  app = new Hono().route('/api/market', createMarketRoutes({ client, cache }));
});
afterAll(async () => {
  await sim.close();
  await rm(directory, { recursive: true, force: true });
});
beforeEach(() => {
  Object.assign(sim.faults, { errorRate: 0, rateLimitBurst: 0, hang: false });
});

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await app.request(`/api/market/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body)
  });
  const raw = new Uint8Array(await response.arrayBuffer());
  const text =
    response.headers.get('content-encoding') === 'gzip'
      ? gunzipSync(raw).toString('utf8')
      : new TextDecoder().decode(raw);
  seen.push({ text, headers: JSON.stringify([...response.headers.entries()]) });
  // Paths that normalise out of /api/market (`../placeorder`) get the host app's plain-text 404.
  const json = text.startsWith('{') ? JSON.parse(text) : { text };
  return { status: response.status, headers: response.headers, json };
}

const history = { symbol: 'SBIN', exchange: 'NSE', interval: 'D', start_date: '2026-11-02', end_date: '2026-11-25' };

describe('market proxy', () => {
  it('answers history as columns with provenance, gzipped when accepted', async () => {
    const { status, headers, json } = await post('history', history, { 'accept-encoding': 'gzip' });
    expect(status).toBe(200);
    expect(headers.get('content-encoding')).toBe('gzip');
    expect(json).toMatchObject({
      symbol: 'SBIN',
      exchange: 'NSE',
      interval: 'D',
      provenance: { source: 'simulator', cached: false }
    });
    expect(json.columns.time).toHaveLength(16);
    expect(Object.keys(json.columns)).toEqual(['time', 'open', 'high', 'low', 'close', 'volume', 'oi']);
    expect(json.provenance.lastBarTime).toBe(json.columns.time[15]);
    expect((await post('history', history)).json.provenance.cached).toBe(true);
  });

  it('forwards every read-only market-data endpoint', async () => {
    const calls: Array<[string, object]> = [
      ['intervals', {}],
      ['quotes', { symbol: 'SBIN', exchange: 'NSE' }],
      ['multiquotes', { symbols: [{ symbol: 'SBIN', exchange: 'NSE' }] }],
      ['depth', { symbol: 'SBIN', exchange: 'NSE' }],
      ['search', { query: 'sbin' }],
      ['symbol', { symbol: 'SBIN', exchange: 'NSE' }],
      ['market/holidays', { year: 2026 }],
      ['market/timings', { date: '2026-11-25' }],
      ['ping', {}]
    ];
    for (const [endpoint, body] of calls) {
      const { status, json } = await post(endpoint, body);
      expect(status, endpoint).toBe(200);
      expect(json.data, endpoint).toBeDefined();
    }
  });

  it('validates bodies and names the fields', async () => {
    const { status, json } = await post('history', { ...history, interval: '7m', start_date: 'yesterday' });
    expect(status).toBe(400);
    expect(json.error.kind).toBe('invalid-request');
    expect(Object.keys(json.error.fields)).toEqual(['interval', 'start_date']);
    expect((await post('quotes', '{not json')).status).toBe(400);
  });

  it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'])(
    'answers a body key named %s with a 400 naming it, on every endpoint',
    async (name) => {
      for (const endpoint of ['history', 'quotes', 'search', 'market/holidays', 'intervals']) {
        const { status, json } = await post(endpoint, `{"symbol":"SBIN","exchange":"NSE","${name}":{"a":1}}`);
        expect(status).toBe(400);
        expect(Object.keys(json.error.fields)).toContain(name);
        expect(json.error.message).toContain(name);
      }
    }
  );

  it('refuses a body that carries its own apikey, without forwarding it', async () => {
    const before = sim.requests.length;
    const { status, json } = await post('quotes', { symbol: 'SBIN', exchange: 'NSE', apikey: 'from-the-browser' });
    expect(status).toBe(400);
    expect(json.error.fields).toHaveProperty('apikey');
    expect(sim.requests.length).toBe(before);
  });

  it('refuses trading, account and unknown endpoints and never forwards them', async () => {
    const before = sim.requests.length;
    for (const name of ['placeorder', 'funds', 'positionbook', 'orderbook', 'holdings', 'cancelallorder']) {
      const { status, json } = await post(name, { symbol: 'SBIN', exchange: 'NSE', action: 'BUY', quantity: 1 });
      expect(status, name).toBe(403);
      expect(json.error.message).toContain(name);
    }
    for (const path of [
      'telegram/notify',
      '../placeorder',
      '%2e%2e/placeorder',
      'history/../placeorder',
      '..%2fplaceorder',
      'market/../placeorder',
      'v1/placeorder',
      'HISTORY'
    ]) {
      const { status } = await post(path, { symbol: 'SBIN', exchange: 'NSE' });
      expect([403, 404], path).toContain(status);
    }
    expect((await app.request('/api/market/history')).status).toBe(404); // GET
    expect(sim.requests.slice(before)).toEqual([]);
    const forwardedPaths = new Set(sim.requests.map((r) => r.path.replace('/api/v1/', '')));
    for (const path of forwardedPaths) {
      expect([
        'history',
        'intervals',
        'quotes',
        'multiquotes',
        'depth',
        'search',
        'symbol',
        'market/holidays',
        'market/timings',
        'ping'
      ]).toContain(path);
    }
  });

  it('maps upstream failures to clear statuses', async () => {
    expect((await post('quotes', { symbol: 'NOSUCH', exchange: 'NSE' })).status).toBe(404);
    sim.faults.errorRate = 1;
    const broken = await post('quotes', { symbol: 'SBIN', exchange: 'NSE' });
    expect(broken.status).toBe(502);
    expect(broken.json.error).toMatchObject({ kind: 'server', message: expect.stringContaining('NSE:SBIN') });
    sim.faults.errorRate = 0;
    sim.faults.rateLimitBurst = 1;
    const limited = await post('ping', {});
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    sim.faults.hang = true;
    expect((await post('ping', {})).json.error.kind).toBe('timeout');
    expect((await post('history', { ...history, symbol: 'TCS' })).status).toBe(504);
  });

  it('never shows the API key in a body or a header', () => {
    expect(seen.length).toBeGreaterThan(20);
    for (const response of seen) {
      expect(response.text).not.toContain(sim.apiKey);
      expect(response.headers).not.toContain(sim.apiKey);
    }
  });
});
