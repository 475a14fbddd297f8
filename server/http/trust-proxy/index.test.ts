import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { forwardedClientAddress, isHttpsRequest } from './index.js';

function probe(trustProxy: boolean) {
  const app = new Hono();
  app.get('/', (c) =>
    c.json({ address: forwardedClientAddress(c, { trustProxy }), https: isHttpsRequest(c, { trustProxy }) })
  );
  return async (headers: Record<string, string>, url = 'http://127.0.0.1:5001/') =>
    (await app.request(url, { headers }, { incoming: { socket: { remoteAddress: '10.0.0.9' } } })).json();
}

describe('forwarding headers', () => {
  it('are ignored unless the proxy is trusted', async () => {
    const ask = probe(false);
    expect(await ask({ 'x-forwarded-for': '1.2.3.4', 'x-forwarded-proto': 'https' })).toEqual({
      address: '10.0.0.9',
      https: false
    });
    expect(await ask({}, 'https://scan.example.org/')).toEqual({ address: '10.0.0.9', https: true });
  });

  it('are believed from a trusted proxy: the entry it appended, the scheme the browser used', async () => {
    const ask = probe(true);
    expect(await ask({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7', 'x-forwarded-proto': 'https' })).toEqual({
      address: '203.0.113.7',
      https: true
    });
    expect(await ask({ 'x-forwarded-proto': 'http' })).toEqual({ address: '10.0.0.9', https: false });
    expect(await ask({ 'x-forwarded-proto': 'HTTPS, http' })).toEqual({ address: '10.0.0.9', https: true });
  });
});
