import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { ScanRow } from '../../src-worker/pool/scan-types.js';
import { ScanPage } from './pages/scan-page.js';
import { ScannerEditorPage } from './pages/scanner-editor-page.js';
import { WatchlistsPage } from './pages/watchlists-page.js';

/** Every NIFTY 50 symbol's current weekly bar and the one before it, read with tf('W') from the daily bars. */
const WEEKLY_BARS = `/**
 * @name Weekly bars
 * @interval D
 * @lookback 120
 */
const weekly = tf('W');
Filter = true;
AddColumn('firstDay', time[0]);
AddColumn('weeks', weekly.close.length);
AddColumn('weekStart', last(weekly.time));
AddColumn('weekOpen', last(weekly.open));
AddColumn('weekHigh', last(weekly.high));
AddColumn('weekLow', last(weekly.low));
AddColumn('weekVolume', last(weekly.volume));
AddColumn('prevHigh', last(weekly.high, 1));
AddColumn('prevLow', last(weekly.low, 1));
AddColumn('prevClose', last(weekly.close, 1));
`;

/** The 20 strongest symbols against NIFTY over three months; the scanner also reports the industry it was given. */
const RS_TOP_20 = `/**
 * @name RS leaders vs NIFTY
 * @interval D
 * @lookback 250
 * @top 20
 */
const rating = rsRating(close, benchmark.close, 63);
Filter = Number.isFinite(rating);
Rank = rating;
AddColumn('rsRating', rating, '1.2');
AddColumn('seenIndustry', industry ?? 'none');
`;

interface DailyBars {
  time: number[];
  open: number[];
  high: number[];
  low: number[];
  close: number[];
  volume: number[];
}

/** Daily bars of a symbol as the server serves them, fetched the way the app does (same origin). */
function serverHistory(page: Page, symbol: string): Promise<DailyBars> {
  return page.evaluate(async (symbol) => {
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000 + 19_800_000).toISOString().slice(0, 10);
    const response = await fetch('/api/market/history', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ symbol, exchange: 'NSE', interval: 'D', start_date: day(-400), end_date: day(0) })
    });
    if (!response.ok) throw new Error(`history ${symbol}: HTTP ${response.status}`);
    return ((await response.json()) as { columns: DailyBars }).columns;
  }, symbol);
}

/** Weeks built the plain way: each bar labelled with its IST week's Monday, consecutive labels merged. */
function weeksOf(bars: DailyBars, from: number) {
  const weeks: {
    monday: string;
    start: number;
    open: number;
    high: number;
    low: number;
    close: number;
    volume: number;
  }[] = [];
  bars.time.forEach((time, i) => {
    if (time < from) return;
    const ist = new Date((time + 19_800) * 1000);
    const monday = new Date(ist.getTime() - ((ist.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
    const week = weeks.at(-1);
    if (week?.monday === monday) {
      week.high = Math.max(week.high, bars.high[i]);
      week.low = Math.min(week.low, bars.low[i]);
      week.close = bars.close[i];
      week.volume += bars.volume[i];
    } else {
      weeks.push({
        monday,
        start: time,
        open: bars.open[i],
        high: bars.high[i],
        low: bars.low[i],
        close: bars.close[i],
        volume: bars.volume[i]
      });
    }
  });
  return weeks;
}

/** The scan's rows in their order with full-precision cells, as its JSON export downloads them (the table renders only the rows in view). */
async function exportedRows(page: Page): Promise<ScanRow[]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  return (JSON.parse(readFileSync(await download.path(), 'utf8')) as { rows: ScanRow[] }).rows;
}

async function saveScanner(page: Page, source: string): Promise<string> {
  const editor = new ScannerEditorPage(page);
  await page.goto('/scanners/new');
  await editor.setCode(source);
  // Validation runs in an engine worker, which the first scanner of a fresh page has to start.
  await expect(editor.noProblems).toBeVisible({ timeout: 30_000 });
  await editor.save();
  return page.url().split('/').at(-1)!;
}

/** Moves the pointer onto the first `word` in the code (the editor may split a line into token spans or not). */
async function hoverWord(page: Page, word: string): Promise<void> {
  const box = await page.locator('.cm-content').evaluate((content, word) => {
    const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(word);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at + 1);
      range.setEnd(node, at + 2);
      const { x, y, width, height } = range.getBoundingClientRect();
      return { x: x + width / 2, y: y + height / 2 };
    }
    throw new Error(`no "${word}" in the code`);
  }, word);
  await page.mouse.move(box.x, box.y);
}

/** Axe violations and how far the page is wider than the screen. */
async function pageChecks(page: Page): Promise<{ violations: string[]; overflow: number }> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth
  );
  return { violations: violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`), overflow };
}

test('a weekly-trend scan reads weeks resampled from the daily bars, the same weeks a plain resample of the server history gives', async ({
  page
}) => {
  const scan = new ScanPage(page);
  await scan.open();
  await scan.scan('nifty50', 'template:weekly-uptrend-daily-pullback');
  await expect(scan.summary).toContainText('50 symbols scanned');
  await expect(scan.summary).toContainText('0 errors');
  // Whatever matches is a weekly uptrend with a daily pullback: weekly EMA and daily EMA both present.
  for (const row of await scan.results.getByTestId('result-row').all()) {
    await expect(row.locator('[data-column="weekly_ema"]')).not.toHaveText('');
    await expect(row.locator('[data-column="daily_ema"]')).not.toHaveText('');
  }

  const scannerId = await saveScanner(page, WEEKLY_BARS);
  await scan.open();
  await scan.scan('nifty50', `saved:${scannerId}`);
  await expect(scan.summary).toContainText('50 matches');
  const rows = await exportedRows(page);
  for (const symbol of ['INFY', 'RELIANCE', 'HDFCBANK']) {
    const { columns } = rows.find((row) => row.symbol === symbol)!;
    const weeks = weeksOf(await serverHistory(page, symbol), columns.firstDay as number);
    const [previous, current] = weeks.slice(-2);
    expect(columns, symbol).toMatchObject({
      weeks: weeks.length,
      weekStart: current.start,
      weekOpen: current.open,
      weekHigh: current.high,
      weekLow: current.low,
      weekVolume: current.volume,
      prevHigh: previous.high,
      prevLow: previous.low,
      prevClose: previous.close
    });
  }
});

test('an RS top-20 scan against NIFTY ranks its matches, and the sector summary counts and averages them by industry', async ({
  page
}) => {
  const scannerId = await saveScanner(page, RS_TOP_20);
  const scan = new ScanPage(page);
  await scan.open();
  await page.getByTestId('scanner').selectOption(`saved:${scannerId}`);
  // The Top N field starts from the scanner's @top.
  await expect(page.getByTestId('top-n')).toHaveValue('20');
  await scan.scan('nifty100', `saved:${scannerId}`);
  await expect(scan.summary).toContainText('100 symbols scanned');
  await expect(scan.summary).toContainText('20 matches');
  await expect(scan.summary).toContainText('vs NIFTY');
  await expect(page.getByTestId('benchmark-warning')).toHaveCount(0);

  // Rows come ranked: rank 1…20 in order (ties share the better rank), the score falling, percentile from 100.
  const rows = scan.results.getByTestId('result-row');
  const ranked = await exportedRows(page);
  expect(ranked).toHaveLength(20);
  const symbols = ranked.map((row) => row.symbol);
  const [ranks, ratings, percentiles] = ['rank', 'rsRating', 'percentile'].map((name) =>
    ranked.map((row) => row.columns[name] as number)
  );
  const industries = ranked.map((row) => row.columns.seenIndustry as string);
  // The table shows them in that order.
  const shown = await rows.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-symbol')));
  expect(shown.length).toBeGreaterThanOrEqual(3);
  expect(shown).toEqual(symbols.slice(0, shown.length));
  await expect(rows.first().locator('[data-column="rank"]')).toHaveText('1');
  await expect(rows.first().locator('[data-column="percentile"]')).toHaveText('100.0');
  expect(ranks[0]).toBe(1);
  expect(percentiles[0]).toBe(100);
  for (let i = 1; i < ranks.length; i++) {
    expect(ratings[i]).toBeLessThanOrEqual(ratings[i - 1]);
    expect(ranks[i]).toBe(ratings[i] === ratings[i - 1] ? ranks[i - 1] : i + 1);
    expect(percentiles[i]).toBeLessThanOrEqual(percentiles[i - 1]);
  }
  // Each scanner saw its symbol's industry from the NSE list.
  expect(industries).not.toContain('none');

  // The sector summary: one line per industry the scanners saw, counts adding up to the 20 rows, averages of rsRating by default.
  const summary = page.getByTestId('sector-summary');
  await expect(summary).toBeVisible();
  await expect(page.getByTestId('sector-column')).toHaveValue('Rank');
  await page.getByTestId('sector-column').selectOption('rsRating');
  const toggle = page.getByTestId('sector-toggle');
  if (await toggle.isVisible()) await toggle.click();
  const expected = new Map<string, number[]>();
  industries.forEach((industry, i) => expected.set(industry, [...(expected.get(industry) ?? []), ratings[i]]));
  const lines = summary.getByTestId('sector-row');
  await expect(lines).toHaveCount(expected.size);
  for (const line of await lines.all()) {
    const industry = (await line.getAttribute('data-industry'))!;
    const members = expected.get(industry)!;
    await expect(line.getByTestId('sector-count')).toHaveText(String(members.length));
    const mean = members.reduce((sum, value) => sum + value, 0) / members.length;
    await expect(line.getByTestId('sector-average')).toHaveText(mean.toFixed(2));
  }
  expect(await pageChecks(page)).toEqual({ violations: [], overflow: 0 });

  // The Top N field overrides @top.
  if (await page.getByTestId('edit-setup').isVisible()) await page.getByTestId('edit-setup').click();
  await page.getByTestId('top-n').fill('5');
  await page.getByTestId('run').click();
  await expect(scan.summary).toHaveAttribute('data-run', '2', { timeout: 60_000 });
  await expect(scan.summary).toContainText('5 matches', { timeout: 60_000 });
  expect((await exportedRows(page)).map((row) => row.symbol)).toEqual(symbols.slice(0, 5));
});

test('the editor explains rsRating and @top on hover, and rejects an interval tf() cannot build, at its line', async ({
  page
}) => {
  const editor = new ScannerEditorPage(page);
  await page.goto('/scanners/new');
  await editor.setCode(RS_TOP_20);
  await hoverWord(page, 'rsRating');
  await expect(page.getByTestId('contract-hover')).toContainText('(index ÷ index n bars ago) − 1) × 100');
  await page.mouse.move(0, 0);
  await expect(page.getByTestId('contract-hover')).toHaveCount(0);
  await editor.setCode(
    `/**\n * @interval D\n */\nconst weekly = tf('W');\nconst fortnight = tf('2W');\nFilter = last(weekly.close) > 0;\n`
  );
  await expect(editor.problemOnLine(5)).toContainText("tf('2W')");
  await expect(editor.problemOnLine(4)).toHaveCount(0);
});

test('a benchmark the server cannot serve leaves benchmark null with a warning, and the scan goes on', async ({
  page
}) => {
  const scannerId = await saveScanner(
    page,
    `/**\n * @name Without its index\n * @interval D\n * @benchmark NOSUCHINDEX\n */\nFilter = benchmark === null;\nAddColumn('Close', close, '1.2');\n`
  );
  const scan = new ScanPage(page);
  await scan.open();
  await scan.scan('nifty50', `saved:${scannerId}`);
  await expect(scan.summary).toContainText('50 matches');
  await expect(scan.summary).toContainText('0 errors');
  await expect(page.getByTestId('benchmark-warning')).toContainText('benchmark NSE_INDEX:NOSUCHINDEX unavailable');
});

test("a watchlist of one's own is summarised by the industries the NSE lists give its symbols", async ({ page }) => {
  const scannerId = await saveScanner(page, RS_TOP_20);
  const watchlists = new WatchlistsPage(page);
  await watchlists.openIndex();
  await watchlists.create('Banks and IT');
  await watchlists.paste('SBIN TCS INFY');
  const watchlistId = page.url().split('/').at(-1)!;
  await page.goto(`/scan?watchlist=${watchlistId}&scanner=${scannerId}`);
  await expect(page.getByTestId('list')).toHaveValue(`watchlist:${watchlistId}`);
  await page.getByTestId('run').click();
  await expect(page.getByTestId('summary')).toContainText('completed: 3 symbols scanned, 3 matches', {
    timeout: 60_000
  });
  const seen = Object.fromEntries((await exportedRows(page)).map((row) => [row.symbol, row.columns.seenIndustry]));
  expect(seen).toEqual({ INFY: 'Information Technology', TCS: 'Information Technology', SBIN: 'Financial Services' });
  const lines = page.getByTestId('sector-row');
  await expect(lines).toHaveCount(2);
  await expect(lines.nth(0)).toHaveAttribute('data-industry', 'Information Technology');
  await expect(lines.nth(0).getByTestId('sector-count')).toHaveText('2');
  await expect(lines.nth(1)).toHaveAttribute('data-industry', 'Financial Services');
  await expect(lines.nth(1).getByTestId('sector-count')).toHaveText('1');
});
