import { expect, test, type APIRequestContext } from '@playwright/test';

const SCANNER = `/**
 * @interval 1m
 * @lookback 30
 */
Filter = last(close) > last(ta.EMA(close, 5));
AddColumn('Close', last(close));
`;
const SYMBOLS = ['RELIANCE', 'TCS', 'HDFCBANK', 'INFY', 'ICICIBANK', 'SBIN', 'ITC', 'LT'].map((symbol) => ({
  symbol,
  exchange: 'NSE'
}));

async function create(request: APIRequestContext, path: string, key: string, data: unknown): Promise<{ id: string }> {
  const response = await request.post(path, { data });
  expect(response.status(), `${path}: ${await response.text()}`).toBe(201);
  return (await response.json())[key] as { id: string };
}

test('starts a live scan on the simulator, shows rows as bars close, and stops it', async ({ page, request }, info) => {
  const name = `Above EMA live ${info.project.name} ${info.workerIndex}-${info.retry}`;
  await create(request, '/api/scanners', 'scanner', { name, source: SCANNER });
  await create(request, '/api/watchlists', 'watchlist', { name: `${name} symbols`, symbols: SYMBOLS });

  await page.goto('/live');
  await page.getByTestId('live-scanner').selectOption({ label: name });
  await page.getByTestId('live-watchlist').selectOption({ label: `${name} symbols` });
  await page.getByTestId('live-interval').selectOption('1m');
  await page.getByTestId('live-run').click();
  await expect(page).toHaveURL(/\/live\/[^/]+$/);
  await expect(page.getByTestId('live-status')).toHaveText('live');

  // The first closed bar's time, then a later one: the view follows the server's live-scan events.
  const lastBar = page.getByTestId('live-last-bar');
  await expect(lastBar).toContainText('IST', { timeout: 60_000 });
  const first = await lastBar.textContent();
  await expect(lastBar).not.toHaveText(first ?? '', { timeout: 60_000 });
  // Rows that entered on the latest bar carry the "new" marker (and flash).
  await expect(page.locator('[data-testid="live-row"][data-mark="new"]').first()).toContainText('new', {
    timeout: 60_000
  });
  await expect(page.getByTestId('live-feeds')).toContainText(`of ${SYMBOLS.length} live`);

  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(page.viewportSize()!.width);

  await page.getByTestId('live-stop').click();
  await expect(page.getByTestId('live-status')).toHaveText('stopped');
  const id = page.url().split('/').pop()!;
  const stopped = (await (await request.get(`/api/live-scans/${id}`)).json()) as { status: string };
  expect(stopped.status).toBe('stopped');
});
