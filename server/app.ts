import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { ServerConfig } from './config.js';
import { createMarketRoutes, type CandleCache } from './market/index.js';
import type { OpenAlgoClient } from './openalgo/index.js';
import { createDemoSeriesRoutes } from './demo/demo-series.js';
import { createListRoutes } from './lists/list-routes.js';
import { handleHttpError } from './http/errors.js';
import { securityHeaders } from './http/security-headers.js';
import { inlineScriptHashes, mountSpa } from './http/spa-static.js';

/** The built SPA; FLUXSCAN_BUILD_DIR (relative to the project) serves another build. */
export const BUILD_DIR = fileURLToPath(new URL(`../${process.env.FLUXSCAN_BUILD_DIR ?? 'build'}`, import.meta.url));

export interface AppOptions {
  config: ServerConfig;
  /** Market data: the OpenAlgo (or built-in simulator) client and the server's candle cache. */
  market: { client: OpenAlgoClient; cache: CandleCache };
  buildDir?: string;
  startedAt?: Date;
}

/** The FluxScan HTTP app: the API under /api and the built SPA for everything else. */
export function createApp({ config, market, buildDir = BUILD_DIR, startedAt = new Date() }: AppOptions): Hono {
  const app = new Hono();
  app.use('*', securityHeaders(inlineScriptHashes(buildDir)));
  app.use('/api/*', bodyLimit({ maxSize: 1024 * 1024, onError: () => { throw new HTTPException(413, { message: 'request body over 1 MiB' }); } }));
  app.get('/api/health', async (c) => {
    const [ping, cache] = await Promise.all([market.client.ping(), market.cache.stats()]);
    return c.json({
      status: 'ok',
      version: process.env.npm_package_version ?? '0.1.0',
      startedAt: startedAt.toISOString(),
      uptimeSeconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
      listening: `${config.host}:${config.port}`,
      openalgo: {
        source: market.client.source,
        demo: market.client.source === 'simulator',
        reachable: 'data' in ping,
        error: 'error' in ping ? ping.error.message : null
      },
      cache
    });
  });
  app.route('/api/market', createMarketRoutes(market));
  app.route('/api/demo/series', createDemoSeriesRoutes());
  app.route('/api/lists', createListRoutes());
  app.all('/api/*', (c) => c.json({ error: { message: `no API route ${c.req.method} ${c.req.path}` } }, 404));
  mountSpa(app, buildDir);
  app.onError(handleHttpError);
  return app;
}
