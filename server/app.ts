import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { ServerConfig } from './config.js';
import { createDemoSeriesRoutes } from './demo/demo-series.js';
import { handleHttpError } from './http/errors.js';
import { securityHeaders } from './http/security-headers.js';
import { inlineScriptHashes, mountSpa } from './http/spa-static.js';

export const BUILD_DIR = fileURLToPath(new URL('../build', import.meta.url));

export interface AppOptions {
  config: ServerConfig;
  buildDir?: string;
  startedAt?: Date;
}

/** The FluxScan HTTP app: the API under /api and the built SPA for everything else. */
export function createApp({ config, buildDir = BUILD_DIR, startedAt = new Date() }: AppOptions): Hono {
  const app = new Hono();
  app.use('*', securityHeaders(inlineScriptHashes(buildDir)));
  app.use('/api/*', bodyLimit({ maxSize: 1024 * 1024, onError: () => { throw new HTTPException(413, { message: 'request body over 1 MiB' }); } }));
  app.get('/api/health', (c) =>
    c.json({
      status: 'ok',
      version: process.env.npm_package_version ?? '0.1.0',
      startedAt: startedAt.toISOString(),
      uptimeSeconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
      listening: `${config.host}:${config.port}`
    })
  );
  app.route('/api/demo/series', createDemoSeriesRoutes());
  app.all('/api/*', (c) => c.json({ error: { message: `no API route ${c.req.method} ${c.req.path}` } }, 404));
  mountSpa(app, buildDir);
  app.onError(handleHttpError);
  return app;
}
