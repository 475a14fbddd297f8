import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { loadServerConfig } from '../../config.js';
import { createCandleCache } from '../../market/index.js';
import { createOpenAlgoClient } from '../../openalgo/index.js';
import { openStore, storePath, type Store } from '../../store/index.js';
import { createLogger } from '../logger.js';

const PASSWORD = 'correct horse battery';
let dir: string;
let store: Store;
/** An OpenAlgo that takes every request and never answers. */
let hanging: Server;
let received: IncomingMessage[] = [];
let nextRequest: (() => void) | null = null;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fluxscan-health-'));
  store = await openStore(storePath(dir));
  hanging = createServer((request) => {
    received.push(request);
    nextRequest?.();
  });
  await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  hanging.closeAllConnections();
  await new Promise((resolve) => hanging.close(resolve));
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

function appWith(env: Record<string, string>) {
  const config = loadServerConfig({ FLUXSCAN_DATA_DIR: dir, ...env });
  if ('error' in config) throw new Error(config.error);
  const client = createOpenAlgoClient({
    host: `http://127.0.0.1:${(hanging.address() as AddressInfo).port}`,
    apiKey: 'hanging-key',
    retries: 0,
    timeoutMs: 600_000
  });
  const cache = createCandleCache({ directory: join(dir, 'candles'), client });
  return createApp({
    config: config.data,
    market: { client, cache },
    store,
    logger: createLogger({ level: 'error', write: () => {} }),
    buildDir: join(dir, 'build')
  });
}
const health = async (app: ReturnType<typeof appWith>) => {
  const response = await app.request('/api/health');
  return { status: response.status, json: await response.json() };
};

describe('/api/health with an OpenAlgo that hangs', () => {
  it('never makes the server call OpenAlgo for a request that is not logged in', async () => {
    received = [];
    const app = appWith({ FLUXSCAN_PASSWORD: PASSWORD, FLUXSCAN_HOST: '0.0.0.0' });
    for (let i = 0; i < 5; i++) {
      const { status, json } = await health(app);
      expect(status).toBe(200);
      expect(json.openalgo).toEqual({
        source: 'openalgo',
        demo: false,
        reachable: false,
        error: 'OpenAlgo has not been checked yet',
        checkedAt: null
      });
    }
    expect(received).toHaveLength(0);
  });

  it('answers a logged-in request from the cache while the ping it started is still hanging', async () => {
    received = [];
    const app = appWith({});
    const pinged = new Promise<void>((resolve) => (nextRequest = resolve));
    const first = await health(app);
    await pinged;
    // The answer is back although OpenAlgo has not answered the ping: it did not wait on it.
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({
      status: 'ok',
      database: { ok: true },
      openalgo: { reachable: false, checkedAt: null }
    });
    expect(received.map((request) => request.url)).toEqual(['/api/v1/ping']);
    // A ping under way is shared: more health requests add no call.
    expect((await health(app)).status).toBe(200);
    expect(received).toHaveLength(1);
  });
});
