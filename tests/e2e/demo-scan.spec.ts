import { expect, test } from '@playwright/test';
import { DemoPage } from './pages/demo-page.js';

test('the demo scanner runs over the shipped real series in the browser worker pool', async ({ page }) => {
  const demo = new DemoPage(page);
  await demo.open();
  await demo.runScan();
  await expect(demo.summary).toContainText('completed: 30 symbols', { timeout: 30_000 });
  await expect(demo.summary).toContainText('0 errors');
  const rows = await demo.resultSymbols();
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.length).toBeLessThan(30);
});

test('the server answers health and refuses unknown API routes', async ({ request }) => {
  const health = await request.get('/api/health');
  expect(health.ok()).toBe(true);
  expect(await health.json()).toMatchObject({ status: 'ok', openalgo: { source: 'simulator', demo: true, reachable: true } });
  const missing = await request.post('/api/placeorder', { data: {} });
  expect(missing.status()).toBe(404);
});
