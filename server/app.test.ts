import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { loadServerConfig } from './config.js';
import { createOpenAlgoStatus } from './http/health/index.js';
import { createLogger } from './http/logger.js';
import { createCandleCache, openMarketDataSource, type MarketDataSource } from './market/index.js';
import { openStore, storePath, type Store } from './store/index.js';

let dir: string;
let source: MarketDataSource;
let store: Store;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fluxscan-app-'));
  const buildDir = join(dir, 'build');
  mkdirSync(buildDir);
  writeFileSync(join(buildDir, 'index.html'), '<!doctype html><script>boot()</script><div id="app"></div>');
  const opened = await openMarketDataSource({});
  if ('error' in opened) throw new Error(opened.error);
  source = opened.data;
  const config = loadServerConfig({ FLUXSCAN_DATA_DIR: dir });
  if ('error' in config) throw new Error(config.error);
  const cache = createCandleCache({ directory: join(dir, 'candles'), client: source.client });
  store = await openStore(storePath(dir));
  const openalgoStatus = createOpenAlgoStatus({ client: source.client });
  await openalgoStatus.refresh();
  app = createApp({
    config: config.data,
    market: { client: source.client, cache },
    store,
    logger: createLogger({ level: 'error', write: () => {} }),
    buildDir,
    openalgoStatus
  });
});

afterAll(async () => {
  await source.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the FluxScan server app', () => {
  it('reports health: demo mode on the simulator, reachable, cache figures', async () => {
    const response = await app.request('/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ok',
      openalgo: { source: 'simulator', demo: true, reachable: true, error: null },
      cache: { files: 0, hits: 0 }
    });
  });

  it('answers unknown API routes with a JSON 404, never the SPA', async () => {
    const response = await app.request('/api/placeorder', { method: 'POST', body: '{}' });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { message: 'no API route POST /api/placeorder' } });
  });

  it('serves the SPA shell for client-side routes', async () => {
    const response = await app.request('/scanners/42');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<div id="app">');
  });

  it('sends a CSP that allows wasm and exactly the shell inline script', async () => {
    const csp = (await app.request('/')).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("'wasm-unsafe-eval'");
    expect(csp).toMatch(/'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain("'unsafe-inline' 'self' 'wasm"); // scripts never allow inline wholesale
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('serves the stored-data API from the SQLite file in the data directory', async () => {
    const created = await app.request('/api/scanners', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'EMA cross', source: 'return { match: true }' })
    });
    expect(created.status).toBe(201);
    expect(await (await app.request('/api/stats')).json()).toMatchObject({ counts: { scanners: 1 } });
  });

  it('refuses requests addressed to another host name (DNS rebinding), the SPA and API alike', async () => {
    const as = (host: string, path: string) => app.request(`http://127.0.0.1:5001${path}`, { headers: { host } });
    for (const path of ['/api/scanners', '/api/health', '/', '/scanners/42']) {
      expect((await as('evil.example:5001', path)).status).toBe(421);
      expect((await as('127.0.0.1:5001', path)).status).toBe(200);
    }
  });

  it('limits request bodies', async () => {
    const response = await app.request('/api/market/search', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'x'.repeat(2 * 1024 * 1024) })
    });
    expect(response.status).toBe(413);
  });
});

describe('server configuration', () => {
  it('defaults to 127.0.0.1:5001', () => {
    expect(loadServerConfig({})).toMatchObject({ data: { host: '127.0.0.1', port: 5001 } });
  });

  it('refuses a non-loopback address without a password', () => {
    expect(loadServerConfig({ FLUXSCAN_HOST: '0.0.0.0' })).toEqual({
      error: 'FLUXSCAN_HOST: listening on a non-loopback address needs FLUXSCAN_PASSWORD'
    });
    expect(loadServerConfig({ FLUXSCAN_HOST: '0.0.0.0', FLUXSCAN_PASSWORD: 'a long secret' })).toMatchObject({
      data: { host: '0.0.0.0' }
    });
  });

  it('refuses weak passwords off loopback, naming the reason', () => {
    for (const password of ['password', '        ', 'password1234', 'aaaaaaaaaaaaaaaa']) {
      expect(loadServerConfig({ FLUXSCAN_HOST: '0.0.0.0', FLUXSCAN_PASSWORD: password })).toMatchObject({
        error: expect.stringMatching(/^FLUXSCAN_PASSWORD: /)
      });
    }
    expect(loadServerConfig({ FLUXSCAN_HOST: '0.0.0.0', FLUXSCAN_PASSWORD: 'password' })).toEqual({
      error:
        'FLUXSCAN_PASSWORD: too weak for a server others can reach: it has fewer than 12 characters; use 12 or more characters, e.g. a few unrelated words'
    });
    expect(loadServerConfig({ FLUXSCAN_PASSWORD: '        ' })).toMatchObject({
      error: expect.stringContaining('must not be only whitespace')
    });
    expect(loadServerConfig({ FLUXSCAN_PASSWORD: 'password' })).toMatchObject({ data: { password: 'password' } });
  });

  it('reads FLUXSCAN_ALLOWED_HOSTS and FLUXSCAN_TRUST_PROXY', () => {
    expect(loadServerConfig({ FLUXSCAN_ALLOWED_HOSTS: 'scan.example.org, box.lan:8443' })).toMatchObject({
      data: {
        allowedHosts: [
          { hostname: 'scan.example.org', port: null },
          { hostname: 'box.lan', port: 8443 }
        ],
        trustProxy: false
      }
    });
    expect(loadServerConfig({ FLUXSCAN_ALLOWED_HOSTS: 'https://x.org/' })).toEqual({
      error: 'FLUXSCAN_ALLOWED_HOSTS: "https://x.org/" is not a host or host:port'
    });
    expect(loadServerConfig({ FLUXSCAN_TRUST_PROXY: '1' })).toMatchObject({ data: { trustProxy: true } });
    expect(loadServerConfig({ FLUXSCAN_TRUST_PROXY: 'yes' })).toMatchObject({
      error: expect.stringContaining('FLUXSCAN_TRUST_PROXY')
    });
  });

  it('names the variable of a bad value', () => {
    expect(loadServerConfig({ FLUXSCAN_PORT: 'abc' })).toMatchObject({
      error: expect.stringContaining('FLUXSCAN_PORT')
    });
  });
});
