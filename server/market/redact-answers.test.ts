import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCandleCache } from './candle-cache.js';
import { openMarketDataSource, type MarketDataSource } from './data-source.js';
import { createMarketRoutes } from './market-routes.js';

const KEY = 'k3y-5ecret-0f-the-user-4f9a2c81d7e6b305';
let upstream: Server;
let source: MarketDataSource;
let directory: string;
let app: Hono;

/** An OpenAlgo that echoes the caller's key in every successful answer. */
function echoingOpenAlgo(): Server {
  return createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const { apikey } = JSON.parse(body) as { apikey: string };
      const record = {
        symbol: 'SBIN',
        brsymbol: `SBIN-${apikey}`,
        name: `State Bank (${apikey})`,
        exchange: 'NSE',
        brexchange: 'NSE',
        instrumenttype: 'EQ',
        expiry: '',
        strike: 0,
        lotsize: 1,
        tick_size: 0.05,
        token: apikey
      };
      const answers: Record<string, unknown> = {
        '/api/v1/ping': { status: 'success', data: { message: `pong ${apikey}`, broker: apikey } },
        '/api/v1/search': { status: 'success', data: [record] },
        '/api/v1/symbol': { status: 'success', data: record }
      };
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify(answers[request.url ?? ''] ?? { status: 'error', message: 'unknown' }));
    });
  });
}

beforeAll(async () => {
  upstream = echoingOpenAlgo();
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const opened = await openMarketDataSource({
    OPENALGO_HOST: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`,
    OPENALGO_API_KEY: KEY
  });
  if ('error' in opened) throw new Error(opened.error);
  source = opened.data;
  directory = await mkdtemp(join(tmpdir(), 'fluxscan-redact-'));
  app = new Hono().route(
    '/api/market',
    createMarketRoutes({ client: source.client, cache: createCandleCache({ directory, client: source.client }) })
  );
});
afterAll(async () => {
  await source.close();
  await new Promise((resolve) => upstream.close(resolve));
  await rm(directory, { recursive: true, force: true });
});

describe('the API key in successful answers', () => {
  it.each([
    ['ping', {}],
    ['search', { query: 'sbin' }],
    ['symbol', { symbol: 'SBIN', exchange: 'NSE' }]
  ])('is removed from a forwarded %s answer', async (endpoint, body) => {
    const response = await app.request(`/api/market/${endpoint}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body)
    });
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(text).not.toContain(KEY);
    expect(text).toContain('***');
  });

  it('is removed before the server itself uses an answer', async () => {
    const symbol = await source.client.symbol({ symbol: 'SBIN', exchange: 'NSE' });
    expect('data' in symbol && symbol.data).toMatchObject({ name: 'State Bank (***)', token: '***' });
  });
});
