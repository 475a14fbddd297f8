import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEventBus } from '../events/index.js';
import { createSharedScanPool } from '../headless/index.js';
import { createCandleCache, openMarketDataSource } from '../market/index.js';
import { openStore, storePath } from '../store/index.js';
import { createServerLive } from './server-live.js';

describe('live scans on the server', () => {
  it('run on the built-in simulator’s stream and demo clock when no OpenAlgo is configured', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fluxscan-server-live-'));
    const source = await openMarketDataSource({ FLUXSCAN_SIMULATOR_SPEED: '60' });
    if ('error' in source) throw new Error(source.error);
    const store = await openStore(storePath(dir));
    const pool = createSharedScanPool({ size: 1 });
    try {
      const cache = createCandleCache({ directory: join(dir, 'candles'), client: source.data.client });
      const live = createServerLive({ env: {}, source: source.data, store, cache, pool, bus: createEventBus() });
      if ('error' in live) throw new Error(live.error);
      const health = live.data.health();
      expect(health).toMatchObject({
        url: source.data.simulatedStream!.url,
        liveScans: 0,
        connections: [],
        demoClock: { speed: 60, replaying: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }
      });
      expect(JSON.stringify(health)).not.toContain(source.data.simulatedStream!.apiKey);
      live.data.close();
    } finally {
      pool.close();
      store.close();
      await source.data.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuse bad stream settings with the reason', async () => {
    expect(await openMarketDataSource({ FLUXSCAN_SIMULATOR_SPEED: '0' })).toEqual({
      error: 'FLUXSCAN_SIMULATOR_SPEED must be at least 1'
    });
    const live = createServerLive({
      env: { OPENALGO_WS_URL: 'ftp://x' },
      source: { simulatedStream: null },
      store: {} as never,
      cache: {} as never,
      pool: createSharedScanPool(),
      bus: createEventBus()
    });
    expect(live).toEqual({ error: 'OPENALGO_WS_URL must be a ws(s) URL such as ws://127.0.0.1:8765' });
  });
});
