import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { loadServerConfig } from '../config.js';
import { createCandleCache, openMarketDataSource, type MarketDataSource } from '../market/index.js';
import { openStore, storePath, type Store } from '../store/index.js';
import { createLogger } from './logger.js';

const BUILT_IN_NAMES = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'];
let dir: string;
let source: MarketDataSource;
let store: Store;
let app: ReturnType<typeof createApp>;
let ids: { scanner: string; watchlist: string; schedule: string };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fluxscan-body-keys-'));
  const opened = await openMarketDataSource({});
  if ('error' in opened) throw new Error(opened.error);
  source = opened.data;
  store = await openStore(storePath(dir));
  const config = loadServerConfig({ FLUXSCAN_DATA_DIR: dir });
  if ('error' in config) throw new Error(config.error);
  const cache = createCandleCache({ directory: join(dir, 'candles'), client: source.client });
  app = createApp({
    config: config.data,
    market: { client: source.client, cache },
    store,
    logger: createLogger({ level: 'error', write: () => {} }),
    buildDir: join(dir, 'build'),
    limits: { apiPerMinute: 100_000, loginPerMinute: 100_000 }
  });
  const scanner = await store.scanners.create({ name: 'Keys', description: '', category: '', source: 'Filter = 1' });
  const watchlist = await store.watchlists.create({ name: 'Keys', symbols: [{ symbol: 'SBIN', exchange: 'NSE' }] });
  if ('error' in scanner || 'error' in watchlist) throw new Error('fixture failed');
  const schedule = await store.schedules.create({
    scannerId: scanner.data.id,
    watchlistId: watchlist.data.id,
    kind: 'interval',
    spec: { minutes: 5 }
  });
  if ('error' in schedule) throw new Error(schedule.error.message);
  ids = { scanner: scanner.data.id, watchlist: watchlist.data.id, schedule: schedule.data.id };
});
afterAll(async () => {
  await source.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every route that reads a JSON body, with a body it would otherwise accept. */
const routes = () =>
  [
    ['POST', '/api/scanners', { name: 'N', source: 'x' }],
    ['PATCH', `/api/scanners/${ids.scanner}`, { name: 'N2' }],
    ['POST', '/api/watchlists', { name: 'W', symbols: [{ symbol: 'SBIN', exchange: 'NSE' }] }],
    ['PATCH', `/api/schedules/${ids.schedule}`, { kind: 'interval', spec: { minutes: 5 } }],
    [
      'POST',
      '/api/schedules',
      { scannerId: ids.scanner, watchlistId: ids.watchlist, kind: 'daily', spec: { times: ['09:20'] } }
    ],
    ['POST', '/api/market/quotes', { symbol: 'SBIN', exchange: 'NSE' }],
    [
      'POST',
      '/api/market/history',
      { symbol: 'SBIN', exchange: 'NSE', interval: 'D', start_date: '2026-01-01', end_date: '2026-01-20' }
    ],
    ['POST', '/api/symbols/validate', { symbols: [{ symbol: 'SBIN', exchange: 'NSE' }] }],
    ['POST', '/api/sync', { deviceId: 'device-keys-1', since: 0, changes: [] }],
    ['PUT', '/api/alerts/settings', {}],
    ['PUT', `/api/alerts/schedules/${ids.schedule}`, {}],
    ['POST', '/api/auth/login', { password: 'x' }]
  ] as const;

/** The body with `name` added at the top and, when it has one, inside its first nested object. */
function withKey(body: object, name: string): [string, string | undefined] {
  const text = JSON.stringify(body);
  const top = text === '{}' ? `{"${name}":{"a":1}}` : `{"${name}":{"a":1},${text.slice(1)}`;
  const nested = text.replace(/\{"(?!.*\{")/, `{"${name}":1,"`);
  return [top, nested === text ? undefined : nested];
}

describe('body keys named like built-in properties', () => {
  it.each(BUILT_IN_NAMES)('are never a 500, and a 4xx naming %s wherever bodies are strict', async (name) => {
    for (const [method, path, body] of routes()) {
      const [top, nested] = withKey(body, name);
      const send = (text: string) =>
        app.request(`http://127.0.0.1:5001${path}`, {
          method,
          headers: { 'content-type': 'application/json' },
          body: text
        });
      const answer = await send(top);
      expect(answer.status, `${method} ${path} ${top}`).toBeLessThan(500);
      // Routes whose bodies are strict refuse the key by name; the others drop it.
      if (answer.status !== 200) {
        expect(answer.status, `${method} ${path} ${top}`).toBeGreaterThanOrEqual(400);
        expect(await answer.text(), `${method} ${path}`).toContain(name);
      }
      if (!path.startsWith('/api/alerts/')) expect(answer.status, `${method} ${path} ${top}`).not.toBe(200);
      // Deeper down, objects that drop unknown keys may accept the body; none may fail.
      if (nested) expect((await send(nested)).status, `${method} ${path} ${nested}`).toBeLessThan(500);
    }
  });
});
