import { describe, expect, it } from 'vitest';
import { OpenAlgoError, type OpenAlgoClient } from '../openalgo/index.js';
import { createSettingsRoutes } from './settings-routes.js';

/** Just enough of a client for the connection test: `ping` and `source`. */
const clientAnswering = (source: OpenAlgoClient['source'], ping: OpenAlgoClient['ping']) =>
  ({ source, ping }) as OpenAlgoClient;

describe('POST /test-connection', () => {
  it('reports a simulator that answers as reachable demo data', async () => {
    const routes = createSettingsRoutes({
      client: clientAnswering('simulator', async () => ({ data: { message: 'pong', broker: 'sim' } }))
    });
    const response = await routes.request('/test-connection', { method: 'POST' });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      source: 'simulator',
      demo: true,
      reachable: true,
      broker: 'sim',
      error: null
    });
  });

  it('reports an OpenAlgo that fails with its reason', async () => {
    const error = new OpenAlgoError('auth', 'ping: OpenAlgo rejected the API key', 'ping', 403);
    const routes = createSettingsRoutes({ client: clientAnswering('openalgo', async () => ({ error })) });
    const body = await (await routes.request('/test-connection', { method: 'POST' })).json();
    expect(body).toMatchObject({
      source: 'openalgo',
      demo: false,
      reachable: false,
      broker: null,
      error: 'ping: OpenAlgo rejected the API key'
    });
    expect(typeof body.latencyMs).toBe('number');
  });
});
