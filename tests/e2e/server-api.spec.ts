import { expect, test } from '@playwright/test';

test('the server answers health in demo mode and refuses unknown API routes', async ({ request }) => {
  const health = await request.get('/api/health');
  expect(health.ok()).toBe(true);
  expect(await health.json()).toMatchObject({
    status: 'ok',
    openalgo: { source: 'simulator', demo: true, reachable: true }
  });
  const refused = await request.post('/api/market/placeorder', { data: { symbol: 'INFY' } });
  expect(refused.status()).toBe(403);
});
