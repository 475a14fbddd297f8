import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IstDate } from '$engine/calendar';
import { createMarketApi } from './market-api';
import { istMs, startTestMarket, type TestMarket } from './test-helpers';

let market: TestMarket;
beforeAll(async () => {
  market = await startTestMarket(istMs('2026-12-08T16:00'));
});
afterAll(() => market.close());

const dates = { start_date: '2026-12-01' as IstDate, end_date: '2026-12-08' as IstDate };

describe('market api', () => {
  it('reads history as typed columns with provenance', async () => {
    const result = await market.api.history({ symbol: 'INFY', exchange: 'NSE', interval: 'D', ...dates });
    if (!('data' in result)) throw new Error(result.error.message);
    const { candles, provenance } = result.data;
    expect(candles.time).toBeInstanceOf(Float64Array);
    expect(candles.close).toHaveLength(candles.time.length);
    expect(candles.time).toHaveLength(6);
    expect(provenance).toMatchObject({ source: 'simulator', cached: false, lastBarTime: candles.time[5] });
    expect(provenance.fetchedAt).toBe(istMs('2026-12-08T16:00'));
  });

  it('passes on the server error kind and message', async () => {
    const result = await market.api.history({ symbol: 'NOSUCHSYMBOL', exchange: 'NSE', interval: 'D', ...dates });
    expect(result).toMatchObject({ error: { kind: 'not-found', message: expect.stringContaining('NOSUCHSYMBOL') } });
  });

  it('answers multiquotes per symbol, with errors for the unknown ones', async () => {
    const result = await market.api.multiquotes([
      { symbol: 'INFY', exchange: 'NSE' },
      { symbol: 'NOSUCHSYMBOL', exchange: 'NSE' }
    ]);
    if (!('data' in result)) throw new Error(result.error.message);
    expect(result.data[0]).toMatchObject({
      symbol: 'INFY',
      exchange: 'NSE',
      quote: { ltp: expect.any(Number), oi: 0 }
    });
    expect(result.data[1]).toMatchObject({ symbol: 'NOSUCHSYMBOL', error: 'Symbol not found' });
  });

  it('reports an unreachable server as offline', async () => {
    const api = createMarketApi({ fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    expect(await api.multiquotes([{ symbol: 'INFY', exchange: 'NSE' }])).toEqual({
      error: { kind: 'offline', message: 'the FluxScan server could not be reached (Failed to fetch)' }
    });
  });

  it('refuses answers of the wrong shape', async () => {
    const api = createMarketApi({ fetch: async () => Response.json({ columns: { time: [1, 2], open: [1] } }) });
    const result = await api.history({ symbol: 'INFY', exchange: 'NSE', interval: 'D', ...dates });
    expect(result).toMatchObject({ error: { kind: 'invalid-response' } });
  });

  it('tells a cancelled request from an offline one', async () => {
    const controller = new AbortController();
    controller.abort();
    const api = createMarketApi({ fetch: (_input, init) => Promise.reject(init.signal?.reason) });
    expect(
      await api.history({ symbol: 'INFY', exchange: 'NSE', interval: 'D', ...dates }, { signal: controller.signal })
    ).toMatchObject({
      error: { kind: 'aborted' }
    });
  });
});
