import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { loadServerConfig } from './config.js';

/** Starts the FluxScan server from the environment (FLUXSCAN_HOST, FLUXSCAN_PORT, …). */
export function startServer(env: Record<string, string | undefined> = process.env) {
  const config = loadServerConfig(env);
  if ('error' in config) {
    console.error(`FluxScan cannot start: ${config.error}`);
    process.exit(2);
  }
  const app = createApp({ config: config.data });
  const server = serve({ fetch: app.fetch, hostname: config.data.host, port: config.data.port }, (info) => {
    console.log(`FluxScan is running on http://${config.data.host}:${info.port}`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return server;
}

if (import.meta.url === `file://${process.argv[1]}`) startServer();
