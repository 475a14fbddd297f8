import { describe, expect, it } from 'vitest';
import { startSimulator } from '../simulator/index.js';
import { openMarketDataSource } from './data-source.js';

describe('openMarketDataSource', () => {
  it('starts the built-in simulator when no OpenAlgo is configured', async () => {
    const source = await openMarketDataSource({});
    if ('error' in source) throw new Error(source.error);
    expect(source.data.client.source).toBe('simulator');
    expect(source.data.simulatorUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const ping = await source.data.client.ping();
    expect('data' in ping && ping.data.message).toBe('pong');
    await source.data.close();
  });

  it('uses the configured OpenAlgo', async () => {
    const upstream = await startSimulator({ broker: 'zerodha' });
    const source = await openMarketDataSource({ OPENALGO_HOST: upstream.url, OPENALGO_API_KEY: upstream.apiKey });
    if ('error' in source) throw new Error(source.error);
    expect(source.data.client.source).toBe('openalgo');
    const ping = await source.data.client.ping();
    expect('data' in ping && ping.data.broker).toBe('zerodha');
    await upstream.close();
  });

  it('explains bad settings', async () => {
    expect(await openMarketDataSource({ OPENALGO_HOST: 'http://x:5000' })).toEqual({
      error: expect.stringContaining('OPENALGO_API_KEY')
    });
  });
});
