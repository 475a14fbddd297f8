import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCandleCache, type CandleCache } from '../market/index.js';
import { createOpenAlgoClient } from '../openalgo/index.js';
import { startSimulator, type RunningSimulator } from '../simulator/index.js';
import { openStore, storePath, type Store } from '../store/index.js';
import { createSharedScanPool, type SharedScanPool } from './shared-scan-pool.js';

/** What a headless scan test runs against: the simulator, a real candle cache and SQLite file, a pool of 2. */
export interface HeadlessRig {
  dir: string;
  sim: RunningSimulator;
  store: Store;
  cache: CandleCache;
  pool: SharedScanPool;
  close(): Promise<void>;
}

/**
 * Starts a rig whose market clock stands at `market`, in a fresh temporary directory named by `prefix`.
 * @example const rig = await startHeadlessRig('fluxscan-headless-', new Date('2026-01-23T16:00:00+05:30'))
 */
export async function startHeadlessRig(prefix: string, market: Date): Promise<HeadlessRig> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const sim = await startSimulator({ port: 0, now: () => market, historySpacingMs: 0, rateLimitPerSecond: 1000 });
  const client = createOpenAlgoClient({
    host: sim.url,
    apiKey: sim.apiKey,
    source: 'simulator',
    historyRatePerSecond: 100,
    retries: 0
  });
  const cache = createCandleCache({ directory: join(dir, 'candles'), client, now: () => market });
  const store = await openStore(storePath(dir));
  const pool = createSharedScanPool({ size: 2 });
  return {
    dir,
    sim,
    store,
    cache,
    pool,
    async close() {
      pool.close();
      store.close();
      await sim.close();
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
