import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type AppOptions } from '../app.js';
import { loadServerConfig } from '../config.js';
import { createLogger } from '../http/logger.js';
import { createCandleCache, openMarketDataSource, type MarketDataSource } from '../market/index.js';
import { openStore, storePath, type Store } from '../store/index.js';
import { passwordMatches } from './password.js';

const PASSWORD = 'correct horse battery';
let dir: string;
let source: MarketDataSource;
let store: Store;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fluxscan-auth-'));
  const opened = await openMarketDataSource({});
  if ('error' in opened) throw new Error(opened.error);
  source = opened.data;
  store = await openStore(storePath(dir));
});
afterAll(async () => {
  await source.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

function appWith(env: Record<string, string>, options: Partial<AppOptions> = {}) {
  const config = loadServerConfig({ FLUXSCAN_DATA_DIR: dir, ...env });
  if ('error' in config) throw new Error(config.error);
  const cache = createCandleCache({ directory: join(dir, 'candles'), client: source.client });
  return createApp({
    config: config.data,
    market: { client: source.client, cache },
    store,
    logger: createLogger({ level: 'error', write: () => {} }),
    buildDir: join(dir, 'build'),
    ...options
  });
}

const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });
const login = (
  app: ReturnType<typeof appWith>,
  password: unknown,
  { url = 'http://127.0.0.1:5001', address = '10.0.0.1', headers = {} as Record<string, string> } = {}
) =>
  app.request(
    `${url}/api/auth/login`,
    { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ password }) },
    from(address)
  );
const cookieOf = (response: Response) => response.headers.get('set-cookie')!.split(';')[0];

describe('with FLUXSCAN_PASSWORD set', () => {
  it('needs a session for the API, except health and login', async () => {
    const app = appWith({ FLUXSCAN_PASSWORD: PASSWORD, FLUXSCAN_HOST: '0.0.0.0' });
    expect((await app.request('/api/scanners')).status).toBe(401);
    expect((await app.request('/api/stats')).status).toBe(401);
    expect((await app.request('/api/market/history', { method: 'POST', body: '{}' })).status).toBe(401);
    expect((await app.request('/api/health')).status).toBe(200);
    expect(await (await app.request('/api/auth/session')).json()).toEqual({
      passwordRequired: true,
      authenticated: false
    });
  });

  it('refuses a wrong password with 401 and no cookie', async () => {
    const app = appWith({ FLUXSCAN_PASSWORD: PASSWORD });
    const response = await login(app, 'correct horse battery!');
    expect(response.status).toBe(401);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect((await login(app, 42)).status).toBe(400);
  });

  it('logs in with an httpOnly SameSite=Strict cookie, Secure over https, and logs out', async () => {
    const app = appWith({ FLUXSCAN_PASSWORD: PASSWORD });
    const response = await login(app, PASSWORD);
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^fluxscan_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Secure');
    expect(
      (await login(app, PASSWORD, { url: 'https://scanner.example', address: '10.0.0.2' })).headers.get('set-cookie')
    ).toContain('Secure');

    const session = { cookie: cookieOf(response) };
    expect((await app.request('/api/scanners', { headers: session })).status).toBe(200);
    expect((await app.request('/api/scanners', { headers: { cookie: 'fluxscan_session=forged' } })).status).toBe(401);
    const out = await app.request('/api/auth/logout', { method: 'POST', headers: session });
    expect(out.headers.get('set-cookie')).toMatch(/fluxscan_session=;.*Max-Age=0/);
    expect((await app.request('/api/scanners', { headers: session })).status).toBe(401);
  });

  it('sets a Secure cookie off loopback whatever the scheme, and behind a trusted TLS proxy', async () => {
    const secureFor = async (env: Record<string, string>, headers: Record<string, string> = {}) =>
      (await login(appWith({ FLUXSCAN_PASSWORD: PASSWORD, ...env }), PASSWORD, { headers })).headers
        .get('set-cookie')!
        .includes('Secure');
    expect(await secureFor({ FLUXSCAN_HOST: '0.0.0.0' })).toBe(true);
    expect(await secureFor({ FLUXSCAN_TRUST_PROXY: '1' }, { 'x-forwarded-proto': 'https' })).toBe(true);
    expect(await secureFor({ FLUXSCAN_TRUST_PROXY: '1' }, { 'x-forwarded-proto': 'http' })).toBe(false);
    expect(await secureFor({}, { 'x-forwarded-proto': 'https' })).toBe(false);
  });

  it('counts login attempts by X-Forwarded-For only behind a trusted proxy', async () => {
    const attempts = async (env: Record<string, string>) => {
      const app = appWith({ FLUXSCAN_PASSWORD: PASSWORD, ...env });
      const statuses = [];
      for (let i = 0; i < 6; i++)
        statuses.push(
          (await login(app, 'wrong', { address: '127.0.0.1', headers: { 'x-forwarded-for': `198.51.100.${i}` } }))
            .status
        );
      return statuses;
    };
    // Behind the proxy every browser arrives from its address: each forwarded client has its own five tries.
    expect(await attempts({ FLUXSCAN_TRUST_PROXY: '1' })).toEqual([401, 401, 401, 401, 401, 401]);
    // Without trust a client cannot dodge the limit by writing the header.
    expect(await attempts({})).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('allows 5 login attempts a minute per address, then 429 with Retry-After', async () => {
    const app = appWith({ FLUXSCAN_PASSWORD: PASSWORD });
    for (let i = 0; i < 5; i++) expect((await login(app, 'wrong', { address: '10.1.1.1' })).status).toBe(401);
    const limited = await login(app, PASSWORD, { address: '10.1.1.1' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await login(app, PASSWORD, { address: '10.1.1.2' })).status).toBe(200);
  });
});

describe('web security on the API', () => {
  it('refuses cross-site state changes by Origin and by Sec-Fetch-Site, for JSON too', async () => {
    const app = appWith({});
    const post = (headers: Record<string, string>) =>
      app.request('http://127.0.0.1:5001/api/scanners', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ name: 'Evil', source: 'x' })
      });
    expect((await post({ origin: 'https://evil.example' })).status).toBe(403);
    expect((await post({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect(
      (await login(appWith({ FLUXSCAN_PASSWORD: PASSWORD }), PASSWORD, { headers: { origin: 'https://evil.example' } }))
        .status
    ).toBe(403);
    expect((await post({ origin: 'http://127.0.0.1:5001', 'sec-fetch-site': 'same-origin' })).status).toBe(201);
  });

  it('needs no login on loopback without a password', async () => {
    const app = appWith({});
    expect((await app.request('/api/scanners')).status).toBe(200);
    expect(await (await app.request('/api/auth/session')).json()).toEqual({
      passwordRequired: false,
      authenticated: true
    });
  });

  it('limits the API to 600 requests a minute per address (the market proxy aside)', async () => {
    const app = appWith({});
    for (let i = 0; i < 600; i++)
      expect((await app.request('/api/auth/session', {}, from('10.2.2.2'))).status).toBe(200);
    const limited = await app.request('/api/stats', {}, from('10.2.2.2'));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await app.request('/api/stats', {}, from('10.2.2.3'))).status).toBe(200);
  });

  it('keeps the security headers on API answers', async () => {
    const response = await appWith({}).request('/api/auth/session');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('refuses a non-loopback address without a password', () => {
    expect(loadServerConfig({ FLUXSCAN_HOST: '192.168.1.20' })).toMatchObject({
      error: expect.stringContaining('needs FLUXSCAN_PASSWORD')
    });
  });

  it('survives malformed login bodies', async () => {
    const app = appWith({ FLUXSCAN_PASSWORD: PASSWORD }, { limits: { loginPerMinute: 1000 } });
    const bodies = [
      '',
      'x',
      '{"password":',
      '[]',
      'null',
      '{"password":null}',
      '{"__proto__":{"polluted":1},"password":"a"}',
      `{"password":"${'a'.repeat(5000)}"}`,
      '{"password":"\\ud800"}'
    ];
    for (const body of bodies) {
      const response = await app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body
      });
      expect([400, 401]).toContain(response.status);
    }
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('passwordMatches', () => {
  it('compares whole passwords of any length', () => {
    expect(passwordMatches(PASSWORD, PASSWORD)).toBe(true);
    expect(passwordMatches('correct', PASSWORD)).toBe(false);
    expect(passwordMatches('', PASSWORD)).toBe(false);
  });
});
