import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { handleHttpError } from '../errors.js';
import { refuseCrossSite } from './index.js';

const app = new Hono();
app.use('*', refuseCrossSite());
app.all('/api/x', (c) => c.json({ ok: true }));
app.onError(handleHttpError);

const send = (method: string, headers: Record<string, string>) =>
  app.request('http://127.0.0.1:5001/api/x', {
    method,
    headers: { host: '127.0.0.1:5001', 'content-type': 'application/json', ...headers },
    body: method === 'GET' ? undefined : '{}'
  });

describe('refuseCrossSite', () => {
  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])(
    'refuses a cross-site %s by Sec-Fetch-Site and by Origin',
    async (method) => {
      expect((await send(method, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
      expect((await send(method, { 'sec-fetch-site': 'same-site' })).status).toBe(403);
      expect((await send(method, { origin: 'https://evil.example' })).status).toBe(403);
      expect((await send(method, { origin: 'null' })).status).toBe(403);
      expect((await send(method, { origin: 'http://127.0.0.1:5002' })).status).toBe(403);
      expect(await (await send(method, { origin: 'https://evil.example' })).json()).toEqual({
        error: { message: 'cross-origin request refused' }
      });
    }
  );

  it('lets same-origin browsers and header-less clients through', async () => {
    expect((await send('POST', { 'sec-fetch-site': 'same-origin', origin: 'http://127.0.0.1:5001' })).status).toBe(200);
    expect((await send('POST', { 'sec-fetch-site': 'none' })).status).toBe(200);
    expect((await send('DELETE', {})).status).toBe(200);
  });

  it('leaves reads alone', async () => {
    expect((await send('GET', { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' })).status).toBe(200);
  });
});
