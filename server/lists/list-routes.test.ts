import { describe, expect, it } from 'vitest';
import { createListRoutes } from './list-routes.js';

describe('predefined NSE lists', () => {
  const app = createListRoutes();

  it('lists every shipped index with its size', async () => {
    const response = await app.request('/');
    const body = (await response.json()) as { lists: { id: string; count: number }[] };
    expect(Object.fromEntries(body.lists.map((l) => [l.id, l.count]))).toMatchObject({
      nifty50: 50,
      nifty100: 100,
      nifty500: 500
    });
  });

  it('returns NIFTY 50 constituents from the NSE file', async () => {
    const body = (await (await app.request('/nifty50')).json()) as { symbols: { symbol: string; exchange: string }[] };
    expect(body.symbols).toHaveLength(50);
    expect(body.symbols.map((s) => s.symbol)).toContain('INFY');
    expect(body.symbols.every((s) => s.exchange === 'NSE')).toBe(true);
  });

  it('answers 404 with the known lists for an unknown one', async () => {
    const response = await createListRoutesWithErrors().request('/nifty9000');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('nifty50');
  });
});

function createListRoutesWithErrors() {
  const app = createListRoutes();
  app.onError((error, c) => c.text(error.message, 'status' in error ? (error.status as 404) : 500));
  return app;
}
