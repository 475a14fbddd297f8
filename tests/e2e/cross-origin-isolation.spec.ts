import { expect, test } from '@playwright/test';
import { ScanPage } from './pages/scan-page.js';

test('the app is cross-origin isolated, so its engine workers share memory with it, and a scan runs with nothing blocked', async ({
  page
}) => {
  const blocked: string[] = [];
  page.on('requestfailed', (request) => blocked.push(`${request.url()}: ${request.failure()?.errorText}`));
  page.on('console', (message) => message.type() === 'error' && blocked.push(message.text()));
  const scan = new ScanPage(page);
  await scan.open();
  expect(await page.evaluate(() => ({ isolated: crossOriginIsolated, shared: typeof SharedArrayBuffer }))).toEqual({
    isolated: true,
    shared: 'function'
  });
  await scan.scan('nifty50');
  expect((await scan.resultRows()).length).toBeGreaterThan(0);
  expect(blocked).toEqual([]);
});
