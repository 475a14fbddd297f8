import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { rateLimit } from './index.js';

function appWith(options: Partial<Parameters<typeof rateLimit>[0]> = {}) {
  let now = 1_000_000;
  const app = new Hono();
  app.use(
    '*',
    rateLimit({ limit: 3, windowMs: 60_000, key: (c) => c.req.header('x-peer') ?? 'a', now: () => now, ...options })
  );
  app.get('/', (c) => c.text('ok'));
  return { app, advance: (ms: number) => (now += ms) };
}

describe('rateLimit', () => {
  it('allows `limit` requests per window, then answers 429 with Retry-After', async () => {
    const { app, advance } = appWith();
    for (let i = 0; i < 3; i++) expect((await app.request('/')).status).toBe(200);
    advance(15_000);
    const refused = await app.request('/');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('45');
    expect(await refused.json()).toEqual({ error: { message: 'too many requests; retry in 45 s' } });
    advance(45_000);
    expect((await app.request('/')).status).toBe(200);
  });

  it('counts each key apart and skips what it is told to', async () => {
    const { app } = appWith({ skip: (c) => c.req.header('x-skip') === '1' });
    for (let i = 0; i < 3; i++) await app.request('/', { headers: { 'x-peer': 'a' } });
    expect((await app.request('/', { headers: { 'x-peer': 'a' } })).status).toBe(429);
    expect((await app.request('/', { headers: { 'x-peer': 'b' } })).status).toBe(200);
    expect((await app.request('/', { headers: { 'x-peer': 'a', 'x-skip': '1' } })).status).toBe(200);
  });

  it('keys on the socket address by default', async () => {
    const app = new Hono();
    app.use('*', rateLimit({ limit: 1, windowMs: 60_000 }));
    app.get('/', (c) => c.text('ok'));
    const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });
    expect((await app.request('/', {}, from('10.0.0.1'))).status).toBe(200);
    expect((await app.request('/', { headers: { 'x-forwarded-for': '10.9.9.9' } }, from('10.0.0.1'))).status).toBe(429);
    expect((await app.request('/', {}, from('10.0.0.2'))).status).toBe(200);
  });
});
