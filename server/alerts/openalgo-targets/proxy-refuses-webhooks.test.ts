import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createCandleCache, createMarketRoutes } from '../../market/index.js';
import { createOpenAlgoClient } from '../../openalgo/index.js';
import { startSimulator, type RunningSimulator } from '../../simulator/index.js';
import { ist } from '../../simulator/test-helpers.js';

let sim: RunningSimulator;
let directory: string;
let app: Hono;

beforeAll(async () => {
  sim = await startSimulator({ now: () => ist('2026-12-04T10:00'), historySpacingMs: 0, rateLimitPerSecond: 1000 });
  directory = await mkdtemp(join(tmpdir(), 'fluxscan-webhook-proxy-'));
  const client = createOpenAlgoClient({
    host: sim.url,
    apiKey: sim.apiKey,
    source: 'simulator',
    retries: 0,
    timeoutMs: 300
  });
  app = new Hono().route(
    '/api/market',
    createMarketRoutes({ client, cache: createCandleCache({ directory, client }) })
  );
});
afterAll(async () => {
  await sim.close();
  await rm(directory, { recursive: true, force: true });
});

it('never forwards a strategy or Chartink webhook, nor any order endpoint, through the market proxy', async () => {
  const before = sim.requests.length;
  const paths = [
    'chartink/webhook/3f2a9c1e-5b7d',
    'strategy/webhook/3f2a9c1e-5b7d',
    '../chartink/webhook/x',
    '..%2fstrategy%2fwebhook%2fx',
    'placeorder',
    'placesmartorder',
    'basketorder',
    'closeposition',
    'v1/placeorder'
  ];
  for (const path of paths) {
    const response = await app.request(`/api/market/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ symbol: 'SBIN', action: 'BUY', position_size: 1, stocks: 'SBIN', scan_name: 'BUY x' })
    });
    expect([403, 404], path).toContain(response.status);
  }
  expect(sim.requests.slice(before)).toEqual([]);
});
