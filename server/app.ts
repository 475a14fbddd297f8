import { fileURLToPath } from 'node:url';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { isLoopback, type ServerConfig } from './config.js';
import { createMarketRoutes, type CandleCache } from './market/index.js';
import type { OpenAlgoClient } from './openalgo/index.js';
import { createDemoSeriesRoutes } from './demo/demo-series.js';
import { createListRoutes } from './lists/list-routes.js';
import { createSymbolRoutes } from './symbols/index.js';
import { createStoreRoutes } from './api/index.js';
import { createAuthRoutes, isAuthenticated, SESSION_TTL_MS } from './auth/auth-routes.js';
import { requireSession } from './auth/require-session/index.js';
import { createSessionStore } from './auth/sessions.js';
import { refuseCrossSite } from './http/cross-site/index.js';
import { handleHttpError } from './http/errors.js';
import { createOpenAlgoStatus, healthHandler, type OpenAlgoStatus } from './http/health/index.js';
import { refuseUnknownHosts } from './http/host-check/index.js';
import { createLogger, requestLogger, type Logger } from './http/logger.js';
import { rateLimit } from './http/rate-limit/index.js';
import { securityHeaders } from './http/security-headers.js';
import { forwardedClientAddress, isHttpsRequest } from './http/trust-proxy/index.js';
import { createSettingsRoutes } from './http/settings-routes.js';
import { currentInlineScriptHashes, mountSpa } from './http/spa-static.js';
import type { Store } from './store/index.js';
import { createAlertRoutes } from './alerts/index.js';
import { createOpenAlgoTargetRoutes } from './alerts/openalgo-targets/index.js';
import { createEventBus, createEventRoutes, type EventBus } from './events/index.js';
import type { SchedulerStatus } from './scheduler/index.js';
import { createSyncRoutes } from './sync/index.js';
import { createLiveScanRoutes, type LiveScans } from './live/index.js';
import { createBacktestRoutes } from './backtests/backtest-routes.js';

/** The built SPA; FLUXSCAN_BUILD_DIR (relative to the project) serves another build. */
export const BUILD_DIR = fileURLToPath(new URL(`../${process.env.FLUXSCAN_BUILD_DIR ?? 'build'}`, import.meta.url));

export interface AppOptions {
  config: ServerConfig;
  /** Market data: the OpenAlgo (or built-in simulator) client and the server's candle cache. */
  market: { client: OpenAlgoClient; cache: CandleCache };
  /** Scanners, watchlists, schedules and run history (SQLite). */
  store: Store;
  logger?: Logger;
  /** Requests per minute per client address; the defaults suit one user's browser. */
  limits?: { apiPerMinute?: number; loginPerMinute?: number };
  buildDir?: string;
  startedAt?: Date;
  /** Server events for `/api/events`; `signal` ends open streams on shutdown. */
  events?: { bus: EventBus; signal?: AbortSignal };
  /** Live scans (rescanned on every candle close) and the market-data stream's state for `/api/health`. */
  live?: LiveScans;
  /** The scan scheduler, for `/api/health`. */
  scheduler?: { status(): Promise<SchedulerStatus> };
  /** OpenAlgo's cached reachability for `/api/health`; one that has never checked by default. */
  openalgoStatus?: OpenAlgoStatus;
}

/** The FluxScan HTTP app: the API under /api and the built SPA for everything else. */
export function createApp({
  config,
  market,
  store,
  logger = createLogger({ level: config.logLevel }),
  limits = {},
  buildDir = BUILD_DIR,
  startedAt = new Date(),
  events = { bus: createEventBus() },
  scheduler,
  live,
  openalgoStatus
}: AppOptions): Hono {
  const app = new Hono();
  const sessions = createSessionStore({ ttlMs: SESSION_TTL_MS });
  app.use('*', securityHeaders(currentInlineScriptHashes(buildDir)));
  app.use('*', requestLogger(logger));
  app.use('*', refuseUnknownHosts({ bindHost: config.host, port: config.port, allowedHosts: config.allowedHosts }));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: 1024 * 1024,
      onError: () => {
        throw new HTTPException(413, { message: 'request body over 1 MiB' });
      }
    })
  );
  app.use('/api/*', refuseCrossSite());
  // The market proxy is left out: a scan fetches one history per symbol, and that
  // route already throttles itself below OpenAlgo's limits.
  const clientKey = (c: Context) => forwardedClientAddress(c, config);
  app.use(
    '/api/*',
    rateLimit({
      limit: limits.apiPerMinute ?? 600,
      windowMs: 60_000,
      key: clientKey,
      skip: (c) => c.req.path.startsWith('/api/market/')
    })
  );
  app.use('/api/*', requireSession({ password: config.password, sessions }));
  const openalgo = openalgoStatus ?? createOpenAlgoStatus({ client: market.client });
  const mayCheckOpenAlgo = (c: Context) => isAuthenticated(c, { password: config.password, sessions });
  app.get(
    '/api/health',
    healthHandler({ config, market, store, scheduler, startedAt, openalgo, mayCheckOpenAlgo, live })
  );
  app.route(
    '/api/auth',
    createAuthRoutes({
      password: config.password,
      sessions,
      loginLimit: rateLimit({
        limit: limits.loginPerMinute ?? 5,
        windowMs: 60_000,
        key: clientKey,
        message: 'too many login attempts'
      }),
      // Off loopback the cookie crosses a network: it is only ever sent back over HTTPS.
      secureCookie: (c) => !isLoopback(config.host) || isHttpsRequest(c, config)
    })
  );
  app.route('/api', createStoreRoutes(store));
  app.route('/api/market', createMarketRoutes(market));
  app.route('/api/demo/series', createDemoSeriesRoutes());
  app.route('/api/lists', createListRoutes());
  app.route('/api/settings', createSettingsRoutes(market));
  app.route('/api/symbols', createSymbolRoutes({ client: market.client }));
  app.route('/api/events', createEventRoutes(events.bus, { signal: events.signal }));
  app.route('/api/alerts/openalgo-targets', createOpenAlgoTargetRoutes(store));
  app.route('/api/alerts', createAlertRoutes(store));
  app.route('/api/sync', createSyncRoutes(store));
  app.route('/api/backtests', createBacktestRoutes({ store, cache: market.cache, bus: events.bus }));
  if (live) app.route('/api/live-scans', createLiveScanRoutes(live, store));
  app.all('/api/*', (c) => c.json({ error: { message: `no API route ${c.req.method} ${c.req.path}` } }, 404));
  mountSpa(app, buildDir);
  app.onError(handleHttpError);
  return app;
}
