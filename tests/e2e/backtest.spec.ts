import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { readSheet } from 'read-excel-file/node';
import { parseCsv } from '../../src/lib/results/test-helpers.js';
import { BacktestPage } from './pages/backtest-page.js';
import { ScannerEditorPage } from './pages/scanner-editor-page.js';
import { WatchlistsPage } from './pages/watchlists-page.js';

const istDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Kolkata',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit'
});
const SCANNER = (name: string) => `/**
 * @name ${name}
 * @interval D
 * @lookback 60
 * @param fast number 10 "Fast EMA"
 */
const f = ta.EMA(close, params.fast), s = ta.EMA(close, 20);
if (crossover(f, s)) { signal = true; signal_type = 'BUY'; }
if (crossunder(f, s)) { signal = true; signal_type = 'SELL'; }
AddColumn('Close', close, '1.2');
`;

/** A saved EMA-cross scanner and a four-symbol watchlist, made through the app as a user would. */
async function seedScannerAndList(page: Page, name: string): Promise<{ scannerId: string; watchlistId: string }> {
  const editor = new ScannerEditorPage(page);
  await page.goto('/scanners/new');
  await editor.setCode(SCANNER(name));
  await editor.save();
  const scannerId = new URL(page.url()).pathname.split('/').at(-1)!;
  const watchlists = new WatchlistsPage(page);
  await watchlists.openIndex();
  await watchlists.create(`${name} four`);
  await watchlists.paste('INFY TCS SBIN RELIANCE');
  return { scannerId, watchlistId: page.url().split('/').at(-1)! };
}

test('a backtest from the scan screen: summary, a day’s events, an event’s chart, exports', async ({ page }) => {
  const { scannerId, watchlistId } = await seedScannerAndList(page, 'Backtest cross');
  await page.goto(`/scan?scanner=${scannerId}&watchlist=${watchlistId}`);
  await expect(page.getByTestId('list')).toHaveValue(`watchlist:${watchlistId}`);
  await page.getByTestId('backtest-action').click();
  await expect(page).toHaveURL(/\/backtest\?/);
  await expect(page.getByTestId('scanner')).toHaveValue(`saved:${scannerId}`);
  await expect(page.getByTestId('list')).toHaveValue(`watchlist:${watchlistId}`);
  await expect(page.getByTestId('range-1y')).toBeChecked();

  const backtest = new BacktestPage(page);
  await backtest.run();
  const saved = await backtest.latestSaved();
  expect(saved).toMatchObject({
    status: 'completed',
    horizons: [1, 5, 10, 20],
    benchmark: { symbol: 'NIFTY', exchange: 'NSE_INDEX' }
  });
  expect(saved.events.length).toBeGreaterThan(3);
  expect(saved.events.map((e) => e.signal)).toEqual(expect.arrayContaining(['BUY', 'SELL']));

  // The summary shows the engine's statistics per horizon.
  await expect(backtest.summaryRows).toHaveCount(4);
  const five = saved.summary!.horizons['5'];
  await expect(backtest.stat(5, 'events')).toHaveText(String(five.events));
  await expect(backtest.stat(5, 'mean')).toHaveText(
    `${five.mean! > 0 ? '+' : five.mean! < 0 ? '−' : ''}${Math.abs(five.mean!).toFixed(2)} %`
  );
  await expect(backtest.stat(5, 'meanExcess')).toHaveCount(1);
  await expect(backtest.status).toContainText(`completed: ${saved.events.length} events`);
  await expect(page.getByTestId('backtest-notes')).toContainText('today');
  // The progress line ends with every symbol fetched and replayed and every evaluation counted.
  await expect(backtest.progress).toContainText(
    `4 / 4 symbols fetched · 4 replayed · ${saved.stats!.evaluations.toLocaleString('en-IN')} evaluations`
  );

  // Clicking a day on the chart lists exactly that day's events.
  const chart = page.getByTestId('hits-chart');
  await expect(chart).toHaveAttribute('data-days', String(saved.hitsPerDay.length));
  const box = (await chart.boundingBox())!;
  await chart.click({ position: { x: box.width / 2, y: box.height / 2 } });
  const day = page.getByTestId('day-events');
  await expect(day).toBeVisible();
  const date = (await day.getAttribute('data-date'))!;
  const onDay = saved.events.filter((e) => istDate.format(e.barTime * 1000) === date);
  expect(saved.hitsPerDay.find((d) => d.date === date)!.hits).toBe(onDay.length);
  await expect(day).toHaveAttribute('data-count', String(onDay.length));

  // A busy day from the picker, then one of its events opens its chart with signal, entry and exit marked.
  const busiest = [...saved.hitsPerDay].sort((a, b) => b.hits - a.hits || (a.date < b.date ? 1 : -1))[0];
  await page.getByTestId('day-picker').selectOption(busiest.date);
  await expect(page.getByTestId('day-event')).toHaveCount(busiest.hits);
  const event = saved.events.find((e) => istDate.format(e.barTime * 1000) === busiest.date && e.returns['5'] !== null)!;
  await page.getByTestId('day-event').filter({ hasText: event.symbol }).click();
  await expect(page.getByTestId('event-chart')).toContainText(`${event.symbol} · ${event.signal} on`);
  await expect(page.getByTestId('event-chart').getByTestId('symbol-chart')).toHaveAttribute('data-markers', '3');
  await page.getByTestId('close-event').click();

  // The events table opens an event's chart too.
  await page.getByTestId('result-row').first().click();
  await expect(page.getByTestId('event-chart')).toContainText(
    `${saved.events[0].symbol} · ${saved.events[0].signal} on`
  );

  // Exports carry every event with its returns.
  const csv = parseCsv(readFileSync(await (await backtest.download('csv')).path(), 'utf8'));
  expect(csv).toHaveLength(saved.events.length + 1);
  expect(csv[0]).toEqual(
    expect.arrayContaining(['Symbol', 'Signal', 'Date', 'Close', 'Entry', 'Ret 5', 'MFE 5', 'MAE 5', 'Excess 5'])
  );
  const ret5 = csv[0].indexOf('Ret 5');
  expect(csv.slice(1).map((line) => line[ret5])).toEqual(
    saved.events.map((e) => (e.returns['5'] === null ? '' : e.returns['5'].toFixed(2)))
  );
  const json = JSON.parse(readFileSync(await (await backtest.download('json')).path(), 'utf8')) as { rows: unknown[] };
  expect(json.rows).toHaveLength(saved.events.length);
  const sheet = await readSheet(readFileSync(await (await backtest.download('xlsx')).path()));
  expect(sheet).toHaveLength(saved.events.length + 1);
});

test('a backtest handed to the server gives the browser’s result, and history compares the two side by side', async ({
  page
}) => {
  const { scannerId, watchlistId } = await seedScannerAndList(page, 'Server cross');
  await page.goto(`/backtest?scanner=${scannerId}&watchlist=${watchlistId}`);
  await expect(page.getByTestId('list')).toHaveValue(`watchlist:${watchlistId}`);
  await page.getByTestId('range-custom').check();
  await page.getByTestId('range-from').fill('2025-01-01');
  await page.getByTestId('range-to').fill('2025-06-30');
  await page.getByTestId('horizons').fill('1, 5');
  const backtest = new BacktestPage(page);
  await backtest.run();
  const here = await backtest.latestSaved();
  expect(here).toMatchObject({ runsOn: 'browser', from: '2025-01-01', to: '2025-06-30', horizons: [1, 5] });

  await page.getByTestId('on-server').check();
  await backtest.run();
  await expect(backtest.status).toContainText('ran on the server');
  const there = await backtest.latestSaved();
  expect(there).toMatchObject({ runsOn: 'server', serverId: expect.any(String), from: '2025-01-01', to: '2025-06-30' });
  // The same engine over the same candles: the same events and statistics.
  expect(there.events).toEqual(here.events);
  expect(there.summary!.horizons).toEqual(here.summary!.horizons);
  expect(there.hitsPerDay).toEqual(here.hitsPerDay);

  await page.getByTestId('backtest-history-link').click();
  const entries = page.getByTestId('backtest-entry');
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toContainText('server');
  await entries.nth(0).getByTestId('pick').check();
  await entries.nth(1).getByTestId('pick').check();
  await page.getByTestId('compare-picked').click();
  await expect(page.getByTestId('compare-side')).toHaveCount(2);
  await expect(page.getByTestId('setup-differences')).toHaveText('Same setup.');
  const five = page.locator('[data-testid="compare-table"][data-horizon="5"]');
  await expect(five.locator('tr[data-stat="events"] td').nth(2)).toHaveText('0');
  await expect(five.locator('tr[data-stat="mean"] td').nth(2)).toHaveText('0.00 pp');

  // A saved backtest reopens from history with its summary.
  await page.goto(`/backtest/${here.id}`);
  await expect(backtest.summaryRows).toHaveCount(2);
  await expect(backtest.stat(5, 'events')).toHaveText(String(here.summary!.horizons['5'].events));
});

test('a long backtest shows its progress and can be cancelled, and is kept as cancelled', async ({ page }) => {
  // Five years of fifty symbols fetched on a cold cache: a long test by design.
  test.setTimeout(300_000);
  await page.goto('/backtest?scanner=golden-death-cross&watchlist=nifty50');
  await expect(page.getByTestId('scanner')).toHaveValue('template:golden-death-cross', { timeout: 20_000 });
  await page.getByTestId('range-5y').check();
  await page.getByTestId('run-backtest').click();
  const backtest = new BacktestPage(page);
  // Symbols replay while others are still being fetched: cancel once evaluations and an ETA show.
  await expect(backtest.progress).toContainText(
    /\d+ \/ 50 symbols fetched · \d+ replayed · [1-9][\d,]* evaluations\s+· [\d,]+\/s[\s\S]*about \d+ s left/,
    { timeout: 240_000 }
  );
  await page.getByTestId('cancel-backtest').click();
  await expect(backtest.result).toHaveAttribute('data-status', 'cancelled', { timeout: 20_000 });
  const saved = await backtest.latestSaved();
  expect(saved.status).toBe('cancelled');
  expect(saved.stats!.evaluations).toBeGreaterThan(0);
});
