import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { createEventBus, type EventBus, type ServerEvent } from '../events/index.js';
import { createSharedScanPool, type SharedScanPool } from '../headless/shared-scan-pool.js';
import { handleHttpError } from '../http/errors.js';
import { createCandleCache, type CandleCache } from '../market/index.js';
import { createOpenAlgoClient } from '../openalgo/index.js';
import { startSimulator, type RunningSimulator } from '../simulator/index.js';
import { openStore, storePath, type Store } from '../store/index.js';
import { createBacktestRoutes } from './backtest-routes.js';

/** The simulator's clock: a trading day after its recorded history. */
export const MARKET_NOW = new Date('2026-01-23T16:00:00+05:30');

export interface BacktestFixture {
  dir: string;
  sim: RunningSimulator;
  store: Store;
  cache: CandleCache;
  bus: EventBus;
  pool: SharedScanPool;
  /** A fresh app over the same store, as a restarted server would mount it. */
  mount(): Hono;
  close(): Promise<void>;
}

/** The backtest API over a real SQLite file, the built-in OpenAlgo simulator and a real worker pool. */
export async function createBacktestFixture(): Promise<BacktestFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'fluxscan-backtests-'));
  const sim = await startSimulator({ port: 0, now: () => MARKET_NOW, historySpacingMs: 0, rateLimitPerSecond: 1000 });
  const client = createOpenAlgoClient({
    host: sim.url,
    apiKey: sim.apiKey,
    source: 'simulator',
    historyRatePerSecond: 100,
    retries: 0
  });
  const cache = createCandleCache({ directory: join(dir, 'candles'), client, now: () => MARKET_NOW });
  const store = await openStore(storePath(dir));
  const bus = createEventBus();
  const pool = createSharedScanPool({ size: 2 });
  return {
    dir,
    sim,
    store,
    cache,
    bus,
    pool,
    mount() {
      const app = new Hono().route('/api/backtests', createBacktestRoutes({ store, cache, bus, pool }));
      app.onError(handleHttpError);
      return app;
    },
    async close() {
      pool.close();
      store.close();
      await sim.close();
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

/** The next event of `type` about `backtestId`. */
export function nextEvent(bus: EventBus, type: ServerEvent['type'], backtestId: string): Promise<ServerEvent> {
  return new Promise((resolve) => {
    const stop = bus.subscribe((event) => {
      if (event.type === type && (event.data as { backtestId?: string }).backtestId === backtestId) {
        stop();
        resolve(event);
      }
    });
  });
}

export const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: typeof body === 'string' ? body : JSON.stringify(body)
});
