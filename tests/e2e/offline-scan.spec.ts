import { expect, test } from '@playwright/test';
import { ScanPage } from './pages/scan-page.js';

test('a 50-symbol watchlist scans online, then offline after a reload from the IndexedDB cache with the same results', async ({
  page,
  context
}) => {
  const scan = new ScanPage(page);
  await scan.open();
  await expect(scan.demoBanner).toContainText('Demo data, simulated');

  await scan.scan('nifty50');
  await expect(scan.summary).toContainText('completed: 50 symbols scanned');
  const online = await scan.resultRows();
  expect(online.length).toBeGreaterThan(0);
  expect(await scan.dataCounts()).toEqual({ fetched: 50 });

  // The service worker must control the page before the network goes away.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(scan.offlineNotice).toContainText('Offline');
  // The data is still the simulator's: the notice says so offline too.
  await expect(scan.demoBanner).toContainText('Demo data, simulated');
  await scan.scan('nifty50');
  await expect(scan.summary).toContainText('completed: 50 symbols scanned');
  expect(await scan.resultRows()).toEqual(online);
  const offlineCounts = await scan.dataCounts();
  expect(offlineCounts.failed ?? 0).toBe(0);
  expect((offlineCounts.cached ?? 0) + (offlineCounts.stale ?? 0)).toBe(50);
  await context.setOffline(false);
});

test('a warm rescan makes no market-data requests', async ({ page }) => {
  const scan = new ScanPage(page);
  await scan.open();
  await scan.scan('nifty50');
  const marketRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/market/')) marketRequests.push(request.url());
  });
  await scan.scan('nifty50');
  await expect(scan.summary).toContainText('completed: 50 symbols scanned');
  expect(await scan.dataCounts()).toEqual({ cached: 50 });
  expect(marketRequests).toEqual([]);
});
