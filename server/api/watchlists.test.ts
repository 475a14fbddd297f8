import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, json } from './test-app.js';

let api: Awaited<ReturnType<typeof createTestApi>>;
beforeAll(async () => (api = await createTestApi()));
afterAll(() => api.close());

describe('/api/watchlists', () => {
  it('creates a watchlist with upper-cased, de-duplicated symbols, then updates and deletes it', async () => {
    const created = await api.app.request(
      '/api/watchlists',
      json('POST', {
        name: 'Banks',
        symbols: [
          { symbol: 'hdfcbank', exchange: 'NSE' },
          { symbol: 'HDFCBANK', exchange: 'NSE' },
          { symbol: 'SBIN', exchange: 'BSE' }
        ]
      })
    );
    expect(created.status).toBe(201);
    const { watchlist } = await created.json();
    expect(watchlist.symbols).toEqual([
      { symbol: 'HDFCBANK', exchange: 'NSE' },
      { symbol: 'SBIN', exchange: 'BSE' }
    ]);

    const renamed = await api.app.request(`/api/watchlists/${watchlist.id}`, json('PATCH', { name: 'PSU banks' }));
    expect(await renamed.json()).toMatchObject({ watchlist: { name: 'PSU banks', symbols: watchlist.symbols } });
    expect((await (await api.app.request('/api/watchlists')).json()).watchlists).toHaveLength(1);
    expect((await api.app.request(`/api/watchlists/${watchlist.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await api.app.request(`/api/watchlists/${watchlist.id}`)).status).toBe(404);
  });

  it('refuses duplicates (409) and bad symbols or exchanges (400 naming the field)', async () => {
    await api.app.request('/api/watchlists', json('POST', { name: 'IT', symbols: [] }));
    expect((await api.app.request('/api/watchlists', json('POST', { name: 'it', symbols: [] }))).status).toBe(409);
    const bad = await api.app.request(
      '/api/watchlists',
      json('POST', { name: 'Bad', symbols: [{ symbol: 'IN FY', exchange: 'NYSE' }] })
    );
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).error.fields).sort()).toEqual(['symbols.0.exchange', 'symbols.0.symbol']);
    expect((await api.app.request('/api/watchlists/missing', json('PUT', { name: 'x', symbols: [] }))).status).toBe(
      404
    );
  });
});
