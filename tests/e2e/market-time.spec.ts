import { expect, test, type Page } from '@playwright/test';
import type { ScanRun } from '../../src/lib/runs/run-schema.js';
import { BrowserRunStore } from './pages/browser-run-store.js';
import { ResultsPage, RunsPage } from './pages/results-page.js';
import { ScanPage } from './pages/scan-page.js';
import { ScannerEditorPage } from './pages/scanner-editor-page.js';
import { ScannersPage } from './pages/scanners-page.js';
import { WatchlistsPage } from './pages/watchlists-page.js';

// Midnight IST on 4 Dec 2026 is still 3 Dec in UTC and in New York: a date read in the browser's zone is a day early.
const DEC_4_BAR = Date.parse('2026-12-04T00:00:00+05:30') / 1000;
const STARTED = Date.parse('2026-12-04T09:20:00+05:30');

const istDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Kolkata',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit'
});
const istClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Kolkata',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23'
});
const istDateTime = (ms: number) => `${istDate.format(ms)} ${istClock.format(ms)} IST`;

const ONLY_SBIN = `/**
 * @name Only SBIN
 * @interval D
 * @lookback 60
 */
Filter = symbol == "SBIN";
AddColumn('Close', close, '1.2');
`;

const seededRun: ScanRun = {
  id: 'dec-4-run',
  scannerId: 'momentum',
  scannerName: 'Momentum',
  watchlistId: 'nifty50',
  watchlistName: 'NIFTY 50',
  interval: 'D',
  lookbackBars: 250,
  params: {},
  status: 'completed',
  message: null,
  startedAt: STARTED,
  finishedAt: STARTED + 2000,
  stats: {
    symbols: 1,
    matches: 1,
    errors: 0,
    workers: 1,
    elapsedMs: 2000,
    symbolsPerSecond: 0.5,
    p50SymbolMs: 2,
    p99SymbolMs: 2
  },
  rows: [{ symbol: 'INFY', exchange: 'NSE', signal: 'BUY', columns: { Close: 1520.5 }, barTime: DEC_4_BAR }],
  errors: [],
  columnFormats: { Close: '1.2' },
  dataStatus: [{ symbol: 'INFY', exchange: 'NSE', state: 'cached', error: null }]
};

async function saveScanner(page: Page, source: string): Promise<string> {
  const list = new ScannersPage(page);
  await list.open();
  await list.newBlank();
  const editor = new ScannerEditorPage(page);
  await editor.setCode(source);
  await editor.save();
  await expect(page).toHaveURL(/\/scanners\/[0-9a-f-]{36}$/);
  return page.url().split('/').at(-1)!;
}

for (const timezoneId of ['UTC', 'America/New_York']) {
  test.describe(`with the browser in ${timezoneId}`, () => {
    test.use({ timezoneId });

    test('a bar of 4 Dec 2026 (NSE) reads 2026-12-04 everywhere, and times read in IST', async ({ page }) => {
      expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(timezoneId);
      const runs = new RunsPage(page);
      await runs.seed([seededRun]);

      await page.goto('/');
      await expect(page.getByTestId('signal-bar')).toHaveText('2026-12-04');

      await runs.open();
      await expect(runs.rows.first()).toContainText('2026-12-04 09:20 IST');

      const results = new ResultsPage(page);
      await results.open(seededRun.id);
      await expect(page.getByTestId('run-summary')).toContainText('started 2026-12-04 09:20 IST');
      await expect(results.rows.first()).toContainText('2026-12-04');
      await expect(results.rows.first()).not.toContainText('2026-12-03');
    });

    test('a scan with one symbol without data counts it in progress and summary alike, in the singular where it is one', async ({
      page
    }) => {
      const scannerId = await saveScanner(page, ONLY_SBIN);
      const watchlists = new WatchlistsPage(page);
      await watchlists.openIndex();
      await watchlists.create('Four symbols');
      await watchlists.paste('SBIN TCS INFY NOTAREALSYMBOL');
      await watchlists.waitForChecks();
      const watchlistId = page.url().split('/').at(-1)!;

      const scan = new ScanPage(page);
      await page.goto(`/scan?scanner=${scannerId}&watchlist=${watchlistId}`);
      await expect(page.getByTestId('list')).toHaveValue(`watchlist:${watchlistId}`);
      await page.getByTestId('run').click();
      await expect(scan.summary).toContainText('completed', { timeout: 60_000 });
      await expect(page.getByTestId('progress')).toContainText('4 / 4 symbols · 1 match');
      await expect(scan.summary).toContainText('completed: 4 symbols scanned, 1 match, 1 error');
      await expect(page.getByText('1 symbol error', { exact: true })).toBeVisible();

      const stored = (await new BrowserRunStore(page).latest())!;
      const [row] = stored.rows;
      expect(row.symbol).toBe('SBIN');
      await expect(scan.results.getByTestId('result-row').first()).toContainText(istDate.format(row.barTime! * 1000));

      await page.goto('/');
      await expect(page.getByTestId('signal-bar').first()).toHaveText(istDate.format(row.barTime! * 1000));
      await page.goto('/scanners');
      await expect(page.getByTestId('scanner-last-run')).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} IST$/);
      await page.goto(`/runs/${stored.id}`);
      await expect(page.getByTestId('run-summary')).toContainText(`started ${istDateTime(stored.startedAt)}`);
    });
  });
}
