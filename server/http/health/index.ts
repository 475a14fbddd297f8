import type { Context, Handler } from 'hono';
import type { ServerConfig } from '../../config.js';
import type { CandleCache } from '../../market/index.js';
import type { OpenAlgoClient } from '../../openalgo/index.js';
import type { SchedulerStatus } from '../../scheduler/index.js';
import type { Store } from '../../store/index.js';
import type { OpenAlgoStatus } from './openalgo-status.js';

export { createOpenAlgoStatus, type OpenAlgoStatus, type OpenAlgoStatusSnapshot } from './openalgo-status.js';

export interface HealthOptions {
  config: Pick<ServerConfig, 'host' | 'port'>;
  market: { client: Pick<OpenAlgoClient, 'source'>; cache: Pick<CandleCache, 'stats'> };
  store: Pick<Store, 'client'>;
  scheduler?: { status(): Promise<Pick<SchedulerStatus, 'running' | 'nextRunAt'>> };
  startedAt: Date;
  openalgo: OpenAlgoStatus;
  /** Whether this request may make the server ping OpenAlgo (a logged-in user, or no password at all). */
  mayCheckOpenAlgo: (c: Context) => boolean;
  /** Live scans: the market-data stream's connections and subscription counts. */
  live?: { health(): unknown };
}

/**
 * `GET /api/health`: version, uptime, OpenAlgo's cached reachability, cache, database and scheduler.
 * It never waits on OpenAlgo, and a request that is not logged in never makes the server call it.
 * @example app.get('/api/health', healthHandler({ config, market, store, startedAt, openalgo, mayCheckOpenAlgo }))
 */
export function healthHandler({
  config,
  market,
  store,
  scheduler,
  startedAt,
  openalgo,
  mayCheckOpenAlgo,
  live
}: HealthOptions): Handler {
  return async (c) => {
    const [status, cache, schedulerStatus, database] = await Promise.all([
      openalgo.read({ mayCheck: mayCheckOpenAlgo(c) }),
      market.cache.stats(),
      scheduler?.status() ?? { running: false, nextRunAt: null },
      store.client.execute('SELECT 1').then(
        () => ({ ok: true }),
        (error: Error) => ({ ok: false, error: error.message })
      )
    ]);
    return c.json({
      status: 'ok',
      version: process.env.npm_package_version ?? '0.1.0',
      startedAt: startedAt.toISOString(),
      uptimeSeconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
      listening: `${config.host}:${config.port}`,
      openalgo: {
        source: market.client.source,
        demo: market.client.source === 'simulator',
        reachable: status.reachable,
        error: status.error,
        checkedAt: status.checkedAt === null ? null : new Date(status.checkedAt).toISOString()
      },
      cache,
      database,
      scheduler: {
        running: schedulerStatus.running,
        nextRunAt: schedulerStatus.nextRunAt === null ? null : new Date(schedulerStatus.nextRunAt).toISOString()
      },
      stream: live?.health() ?? null
    });
  };
}
