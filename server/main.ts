import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { startPendingAlertRetries } from './alerts/index.js';
import { startOpenAlgoTargets } from './alerts/openalgo-targets/index.js';
import { createApp } from './app.js';
import { loadServerConfig } from './config.js';
import { createEventBus } from './events/index.js';
import { createOpenAlgoStatus } from './http/health/index.js';
import { createSharedScanPool } from './headless/index.js';
import { createLogger } from './http/logger.js';
import { createServerLive } from './live/index.js';
import { createCandleCache, openMarketDataSource } from './market/index.js';
import { createServerScheduler } from './scheduler/index.js';
import { openStore, storePath } from './store/index.js';

function exitWith(message: string): never {
  console.error(`FluxScan cannot start: ${message}`);
  process.exit(2);
}

/**
 * Starts the FluxScan server from the environment (FLUXSCAN_HOST, FLUXSCAN_PORT,
 * OPENALGO_HOST, OPENALGO_API_KEY, …). Without OPENALGO_HOST it runs on the
 * built-in OpenAlgo simulator (demo data).
 */
export async function startServer(env: Record<string, string | undefined> = process.env) {
  const config = loadServerConfig(env);
  if ('error' in config) exitWith(config.error);
  const source = await openMarketDataSource(env);
  if ('error' in source) exitWith(source.error);
  const { client } = source.data;
  const cache = createCandleCache({ directory: join(config.data.dataDir, 'candles'), client });
  if (client.source === 'simulator')
    console.log('No OPENALGO_HOST configured: serving demo data from the built-in OpenAlgo simulator.');
  const logger = createLogger({ level: config.data.logLevel });
  const store = await openStore(storePath(config.data.dataDir)).catch((error: Error) =>
    exitWith(`the database could not be opened (${error.message})`)
  );
  const interrupted = await store.runs.markInterruptedRuns();
  if (interrupted > 0) logger.warn('runs interrupted by the last shutdown', { runs: interrupted });
  const bus = createEventBus();
  const shutdown = new AbortController();
  // Before the scheduler starts, so only deliveries an earlier process left pending count as left behind.
  const alertRetries = startPendingAlertRetries({ store, client, bus, logger });
  const openalgoTargets = await startOpenAlgoTargets({ store, bus, logger });
  // Scheduled and live scans share one worker pool; the scheduler stops it.
  const pool = createSharedScanPool();
  const scheduler = createServerScheduler({ store, market: { client, cache }, bus, logger, pool });
  await scheduler.start();
  const live = createServerLive({ env, source: source.data, store, cache, pool, bus, logger });
  if ('error' in live) exitWith(live.error);
  await live.data.start();
  const demoClock = source.data.simulatedStream;
  if (demoClock?.replaying)
    console.log(
      `Live scans replay the NSE session of ${demoClock.replaying} at ${demoClock.speed}× (FLUXSCAN_SIMULATOR_SPEED).`
    );
  // Checked once at start, then again whenever a logged-in health request finds the status stale.
  const openalgoStatus = createOpenAlgoStatus({ client });
  void openalgoStatus.refresh();
  const app = createApp({
    config: config.data,
    market: { client, cache },
    store,
    logger,
    events: { bus, signal: shutdown.signal },
    scheduler,
    live: live.data,
    openalgoStatus
  });
  const server = serve({ fetch: app.fetch, hostname: config.data.host, port: config.data.port }, (info) => {
    console.log(`FluxScan is running on http://${config.data.host}:${info.port}`);
  });
  const stop = () => {
    // Event streams never end by themselves; the server only closes once they have.
    shutdown.abort();
    live.data.close();
    openalgoTargets.stop();
    server.close(
      () =>
        void scheduler
          .stop()
          .then(() => alertRetries.stop())
          .then(() => source.data.close())
          .finally(() => {
            store.close();
            process.exit(0);
          })
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return server;
}

if (import.meta.url === `file://${process.argv[1]}`) await startServer();
