import { expect, test } from '@playwright/test';
import { BrowserRunStore } from './pages/browser-run-store.js';
import { ScanPage } from './pages/scan-page.js';
import { ScannerEditorPage } from './pages/scanner-editor-page.js';
import { SymbolPage } from './pages/symbol-page.js';
import { WatchlistsPage } from './pages/watchlists-page.js';

const istDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Kolkata',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit'
});

test('the symbol chart: a crosshair legend, oscillator guide lines, the run’s match marked, and an interval switcher', async ({
  page
}) => {
  const editor = new ScannerEditorPage(page);
  await page.goto('/scanners/new');
  await editor.setCode(`/**
 * @name Charted match
 * @interval D
 * @lookback 120
 * @plot EMA(close, 20)
 * @plot RSI(close, 14) pane=lower label="RSI 14"
 */
Filter = last(close) > 0;
AddColumn('Close', close, '1.2');
`);
  await editor.save();
  const scannerId = new URL(page.url()).pathname.split('/').at(-1)!;
  const watchlists = new WatchlistsPage(page);
  await watchlists.openIndex();
  await watchlists.create('Chart pair');
  await watchlists.paste('INFY TCS');
  const watchlistId = page.url().split('/').at(-1)!;

  const scan = new ScanPage(page);
  await page.goto(`/scan?scanner=${scannerId}&watchlist=${watchlistId}`);
  await expect(page.getByTestId('list')).toHaveValue(`watchlist:${watchlistId}`);
  await page.getByTestId('run').click();
  await expect(scan.summary).toContainText('completed: 2 symbols scanned, 2 matches');
  const stored = (await new BrowserRunStore(page).latest())!;
  const infy = stored.rows.find((row) => row.symbol === 'INFY')!;
  await scan.results.locator('[data-testid="result-row"][data-symbol="INFY"]').click();

  const symbolPage = new SymbolPage(page);
  const legend = page.getByTestId('chart-legend');
  await expect(symbolPage.chart.locator('canvas').first()).toBeVisible({ timeout: 30_000 });
  // The pointer that clicked the row may now be over the chart: move it off.
  await page.mouse.move(0, 0);
  // Without a crosshair the legend shows the newest bar: the one the scanner matched on.
  await expect(page.getByTestId('legend-date')).toHaveText(istDate.format(infy.barTime! * 1000));
  await expect(page.getByTestId('legend-close')).toHaveText((infy.columns.Close as number).toFixed(2));
  for (const field of ['open', 'high', 'low'])
    await expect(page.getByTestId(`legend-${field}`)).toHaveText(/^\d+\.\d{2}$/);
  await expect(page.getByTestId('legend-volume')).toHaveText(/^[\d,]+$/);
  await expect(page.getByTestId('legend-plot')).toHaveCount(2);
  for (const value of await page.getByTestId('legend-plot').allInnerTexts()) expect(value).toMatch(/^\d+\.\d{2}$/);
  await expect(symbolPage.chart).toHaveAttribute('data-guides', '30,70');
  await expect(symbolPage.chart).toHaveAttribute('data-markers', '1');

  // The crosshair over an earlier bar moves the legend to that bar.
  const newest = Number(await legend.getAttribute('data-bar'));
  const box = (await symbolPage.chart.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.3);
  await expect.poll(async () => Number(await legend.getAttribute('data-bar'))).toBeLessThan(newest);
  await expect(page.getByTestId('legend-date')).not.toHaveText(istDate.format(infy.barTime! * 1000));
  await page.mouse.move(0, 0);

  // Weekly bars: fetched and drawn; the daily match is not marked on them.
  await page.getByTestId('chart-interval').selectOption('W');
  await expect(symbolPage.chart).toHaveAttribute('data-markers', '0', { timeout: 30_000 });
  await expect(symbolPage.chart.locator('canvas').first()).toBeVisible();
  await expect(symbolPage.dataState).not.toHaveAttribute('data-state', 'failed');
  await expect(page.getByTestId('legend-date')).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
});
