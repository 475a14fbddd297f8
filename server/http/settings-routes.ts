import { Hono } from 'hono';
import type { OpenAlgoClient } from '../openalgo/index.js';

/**
 * What the settings screen needs from the server. The OpenAlgo key stays in the
 * server's environment: the browser only learns whether OpenAlgo answers.
 */
export function createSettingsRoutes({ client }: { client: OpenAlgoClient }): Hono {
  return new Hono().post('/test-connection', async (c) => {
    const started = performance.now();
    const ping = await client.ping({ caller: 'settings' });
    return c.json({
      source: client.source,
      demo: client.source === 'simulator',
      reachable: 'data' in ping,
      broker: 'data' in ping ? (ping.data.broker ?? null) : null,
      latencyMs: Math.round(performance.now() - started),
      error: 'error' in ping ? ping.error.message : null,
      checkedAt: new Date().toISOString()
    });
  });
}
