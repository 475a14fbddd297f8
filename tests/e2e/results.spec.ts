import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readSheet } from 'read-excel-file/node';
import type { ScanRow } from '../../src-worker/pool/scan-types.js';
import type { ScanRun } from '../../src/lib/runs/run-schema.js';
import { parseCsv } from '../../src/lib/results/test-helpers.js';
import { ResultsPage, RunsPage } from './pages/results-page.js';
import { ScanPage } from './pages/scan-page.js';
import { ScannerEditorPage } from './pages/scanner-editor-page.js';
import { SymbolPage } from './pages/symbol-page.js';

const DATA_DIR = join(import.meta.dirname, '../../server/data/nifty50-daily');
const XSS_COLUMN = '<img src=x onerror="window.__xss=\'name\'">';
const XSS_VALUE = '<script>window.__xss="value"</script><img src=x onerror="window.__xss=\'value\'">';
const ROW_COUNT = 2000;

/** Daily bars of one recorded NIFTY 50 symbol: time (epoch s at midnight IST), close, high, low, volume. */
function readBars(file: string) {
  const [, ...lines] = readFileSync(join(DATA_DIR, file), 'utf8').trim().split('\n');
  return lines.map((line) => {
    const [timestamp, , high, low, close, volume] = line.split(',');
    return {
      time: Date.parse(timestamp.replace(' ', 'T')) / 1000,
      high: Number(high),
      low: Number(low),
      close: Number(close),
      volume: Number(volume)
    };
  });
}

/**
 * 2,000 rows shaped like a real scan's, from recorded candles: each recorded symbol on its newest bars
 * (the older bars under suffixed symbol names, INFY1, INFY2, …, so every row is its own symbol).
 */
function realisticRows(): ScanRow[] {
  const rows: ScanRow[] = [];
  const files = readdirSync(DATA_DIR)
    .filter((name) => name.endsWith('.csv'))
    .sort();
  const barsPerSymbol = Math.ceil(ROW_COUNT / files.length);
  for (const file of files) {
    const base = file.replace(/\.csv$/, '');
    const bars = readBars(file);
    for (let k = 0; k < barsPerSymbol; k++) {
      const bar = bars[bars.length - 1 - k];
      const previous = bars[bars.length - 2 - k];
      const change = ((bar.close - previous.close) / previous.close) * 100;
      rows.push({
        symbol: k === 0 ? base : `${base}${k}`,
        exchange: 'NSE',
        signal: change > 1 ? 'BUY' : change < -1 ? 'SELL' : 'WATCH',
        columns: {
          Close: bar.close,
          'Change %': change,
          'Range %': ((bar.high - bar.low) / bar.low) * 100,
          Volume: bar.volume,
          Trend: bar.close >= previous.close ? 'up' : 'down',
          [XSS_COLUMN]: k === 1 ? XSS_VALUE : null
        },
        barTime: bar.time
      });
    }
  }
  return rows.slice(0, ROW_COUNT);
}

const FORMATS = { Close: '1.2', 'Change %': '1.2', 'Range %': '1.2', Volume: '1.0' };

function scanRun(overrides: Partial<ScanRun>): ScanRun {
  const rows = overrides.rows ?? [];
  return {
    id: 'run',
    scannerId: 'momentum',
    scannerName: 'Momentum breakout',
    watchlistId: 'nifty50',
    watchlistName: 'NIFTY 50',
    interval: 'D',
    lookbackBars: 250,
    params: { period: 20 },
    status: 'completed',
    message: null,
    startedAt: Date.parse('2026-03-02T10:00:00+05:30'),
    finishedAt: Date.parse('2026-03-02T10:00:04+05:30'),
    stats: {
      symbols: 2050,
      matches: rows.length,
      errors: 1,
      workers: 4,
      elapsedMs: 4000,
      symbolsPerSecond: 512,
      p50SymbolMs: 2,
      p99SymbolMs: 9
    },
    rows,
    errors: [{ symbol: 'BROKEN', exchange: 'NSE', message: 'TypeError: x is undefined', line: 7, column: 12 }],
    columnFormats: FORMATS,
    dataStatus: rows.map(({ symbol, exchange }, i) => ({
      symbol,
      exchange,
      state: i % 10 === 0 ? 'fetched' : 'cached',
      error: null
    })),
    ...overrides
  };
}

const ROWS = realisticRows();
/** The rows on each symbol's newest bar, under the symbol's real name. */
const LATEST_ROWS = ROWS.filter((row) => existsSync(join(DATA_DIR, `${row.symbol}.csv`)));
const CURRENT = scanRun({ id: 'current-run', rows: ROWS });
// The run before: 20 of today's symbols plus 5 that no longer match.
const PREVIOUS_ROWS = [
  ...LATEST_ROWS.slice(0, 20),
  ...[1, 2, 3, 4, 5].map((n) => ({ ...ROWS[0], symbol: `GONE${n}` }))
];
const PREVIOUS = scanRun({
  id: 'previous-run',
  rows: PREVIOUS_ROWS,
  startedAt: Date.parse('2026-03-01T10:00:00+05:30'),
  finishedAt: Date.parse('2026-03-01T10:00:03+05:30')
});

test('2,000 rows sort, filter, hide columns and scroll to the last row, rendering only what is in view', async ({
  page
}) => {
  const runs = new RunsPage(page);
  const results = new ResultsPage(page);
  await runs.seed([CURRENT]);
  await results.open(CURRENT.id);

  await expect(results.count).toHaveText('2000 of 2000 rows');
  expect(await results.rows.count()).toBeLessThan(80);

  const closes = ROWS.map((row) => row.columns.Close as number).sort((a, b) => a - b);
  await results.sortBy('Close');
  await expect(results.header('column:Close')).toHaveAttribute('aria-sort', 'ascending');
  expect((await results.columnTexts('Close'))[0]).toBe(closes[0].toFixed(2));
  await results.sortBy('Close');
  await expect(results.header('column:Close')).toHaveAttribute('aria-sort', 'descending');
  expect((await results.columnTexts('Close')).slice(0, 3)).toEqual(
    closes
      .slice(-3)
      .reverse()
      .map((close) => close.toFixed(2))
  );

  // Keyboard: the header button sorts with Enter too.
  await results.header('symbol').getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(results.header('symbol')).toHaveAttribute('aria-sort', 'ascending');

  await results.scrollToBottom();
  const lastSymbol = [...ROWS.map((row) => row.symbol)]
    .sort(new Intl.Collator('en', { numeric: true, sensitivity: 'base' }).compare)
    .at(-1)!;
  await expect(page.locator('[data-testid="result-row"][data-index="1999"]')).toBeVisible();
  await expect(page.locator('[data-testid="result-row"][data-index="1999"]')).toHaveAttribute(
    'data-symbol',
    lastSymbol
  );
  expect(await results.rows.count()).toBeLessThan(80);

  await results.filter.fill('infy');
  const infy = ROWS.filter((row) => row.symbol.toLowerCase().includes('infy'));
  await expect(results.count).toHaveText(`${infy.length} of 2000 rows`);
  await results.filter.fill('');
  await results.signalFilter.selectOption('SELL');
  await expect(results.count).toHaveText(`${ROWS.filter((row) => row.signal === 'SELL').length} of 2000 rows`);
  expect(new Set(await results.rows.locator('[data-tone]').allInnerTexts())).toEqual(new Set(['SELL']));
  await results.signalFilter.selectOption('');

  await results.setColumnVisible('Volume', false);
  await expect(results.header('column:Volume')).toHaveCount(0);
  await page.reload();
  await expect(results.rows.first()).toBeVisible();
  await expect(results.header('column:Volume')).toHaveCount(0);
  await expect(results.header('column:Close')).toHaveCount(1);
  await results.setColumnVisible('Volume', true);
  await expect(results.header('column:Volume')).toHaveCount(1);

  if (page.viewportSize()!.width < 640) {
    // A phone shows each row as a card with every number in view: nothing to scroll sideways to.
    await expect(results.table).toHaveAttribute('data-layout', 'cards');
    expect(await results.scroller.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    for (const cell of await results.rows.first().locator('[data-column]').all()) {
      const box = (await cell.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    }
  } else {
    // A table too wide for the screen scrolls sideways with the symbol column pinned.
    const box = await results.scroller.boundingBox();
    await results.scrollRight();
    const symbolCell = results.rows.first().locator('td').first();
    await expect(symbolCell).toBeInViewport();
    expect(Math.abs((await symbolCell.boundingBox())!.x - box!.x)).toBeLessThan(3);
  }
});

test('exports download as CSV, JSON and Excel that read back to the same rows', async ({ page }) => {
  const runs = new RunsPage(page);
  const results = new ResultsPage(page);
  await runs.seed([CURRENT]);
  await results.open(CURRENT.id);

  const csvDownload = await results.download('csv');
  expect(csvDownload.suggestedFilename()).toBe('momentum-breakout-2026-03-02.csv');
  const csv = parseCsv(readFileSync(await csvDownload.path(), 'utf8'));
  expect(csv[0]).toEqual([
    'Symbol',
    'Exchange',
    'Signal',
    'Date',
    'Close',
    'Change %',
    'Range %',
    'Volume',
    'Trend',
    XSS_COLUMN
  ]);
  expect(csv).toHaveLength(ROWS.length + 1);
  // Numbers as the results table shows them (AddColumn's format)…
  expect(csv.slice(1).map((line) => [line[0], line[2], line[4], line[5], line[7]])).toEqual(
    ROWS.map((row) => [
      row.symbol,
      row.signal,
      (row.columns.Close as number).toFixed(2),
      (row.columns['Change %'] as number).toFixed(2),
      (row.columns.Volume as number).toFixed(0)
    ])
  );
  expect(csv[2][9]).toBe(XSS_VALUE);
  // …or with every digit, when asked.
  await page.getByTestId('export-full-precision').check();
  const fullCsv = parseCsv(readFileSync(await (await results.download('csv')).path(), 'utf8'));
  expect(fullCsv.slice(1).map((line) => [Number(line[4]), Number(line[5]), Number(line[7])])).toEqual(
    ROWS.map((row) => [row.columns.Close, row.columns['Change %'], row.columns.Volume])
  );

  const jsonDownload = await results.download('json');
  expect(jsonDownload.suggestedFilename()).toBe('momentum-breakout-2026-03-02.json');
  const json = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8')) as { rows: (ScanRow & { date: string })[] };
  expect(json.rows.map(({ date: _date, ...row }) => row)).toEqual(ROWS);

  const xlsxDownload = await results.download('xlsx');
  expect(xlsxDownload.suggestedFilename()).toBe('momentum-breakout-2026-03-02.xlsx');
  const sheet = await readSheet(readFileSync(await xlsxDownload.path()));
  expect(sheet).toHaveLength(ROWS.length + 1);
  expect(sheet[0][0]).toBe('Symbol');
  expect(sheet.slice(1).map((line) => [line[0], line[4], line[8]])).toEqual(
    ROWS.map((row) => [row.symbol, row.columns.Close, row.columns.Trend])
  );
});

test('history pages newest first, filters by scanner and compares a run with the one before it', async ({ page }) => {
  const runs = new RunsPage(page);
  const results = new ResultsPage(page);
  const small = Array.from({ length: 22 }, (_, i) =>
    scanRun({
      id: `small-${i}`,
      scannerId: 'rsi',
      scannerName: `RSI oversold`,
      watchlistId: 'bank',
      watchlistName: 'Banks',
      rows: ROWS.slice(i, i + 3),
      startedAt: Date.parse('2026-02-01T10:00:00+05:30') + i * 86_400_000,
      finishedAt: Date.parse('2026-02-01T10:00:02+05:30') + i * 86_400_000
    })
  );
  await runs.seed([PREVIOUS, CURRENT, ...small]);
  await runs.open();
  await expect(runs.total).toHaveText('24 runs');
  await expect(runs.rows).toHaveCount(20);
  expect((await runs.scannerNames()).slice(0, 2)).toEqual(['Momentum breakout', 'Momentum breakout']);
  await expect(runs.pageLabel).toHaveText('Page 1 of 2');
  await runs.next();
  await expect(runs.pageLabel).toHaveText('Page 2 of 2');
  await expect(runs.rows).toHaveCount(4);
  await runs.scannerFilter.selectOption('momentum');
  await expect(runs.total).toHaveText('2 runs');
  await expect(runs.rows).toHaveCount(2);

  await runs.openRun(CURRENT.id);
  await expect(results.rows.first()).toBeVisible();
  const unchanged = PREVIOUS_ROWS.filter((row) => !row.symbol.startsWith('GONE')).length;
  await expect(results.comparison.getByTestId('count-new')).toHaveText(`${ROWS.length - unchanged} new`);
  await expect(results.comparison.getByTestId('count-dropped')).toHaveText('5 dropped');
  await expect(results.comparison.getByTestId('count-unchanged')).toHaveText(`${unchanged} unchanged`);
  await results.comparison.locator('summary').click();
  await expect(results.comparison.getByTestId('dropped').locator('li')).toHaveText([
    'GONE1 NSE',
    'GONE2 NSE',
    'GONE3 NSE',
    'GONE4 NSE',
    'GONE5 NSE'
  ]);
  await results.filter.fill(PREVIOUS_ROWS[0].symbol);
  await expect(
    page.locator(
      `[data-testid="result-row"][data-symbol="${PREVIOUS_ROWS[0].symbol}"] [data-testid="comparison-badge"]`
    )
  ).toHaveText('unchanged');
  await expect(
    page.locator(
      `[data-testid="result-row"][data-symbol="${PREVIOUS_ROWS[0].symbol}1"] [data-testid="comparison-badge"]`
    )
  ).toHaveText('new');
  await expect(page.getByTestId('data-status').locator('[data-state="fetched"]')).toHaveText('200 fetched');
  await page.getByText('1 symbol error', { exact: true }).click();
  await expect(page.getByTestId('run-errors')).toContainText('line 7:12');
});

test('a scanner cannot inject markup through a column name or value', async ({ page }) => {
  const runs = new RunsPage(page);
  const results = new ResultsPage(page);
  await runs.seed([CURRENT]);
  await results.open(CURRENT.id);
  await results.filter.fill('script');
  await expect(results.count).toHaveText(
    `${ROWS.filter((row) => row.columns[XSS_COLUMN] !== null).length} of 2000 rows`
  );
  await expect(results.header(`column:${XSS_COLUMN}`)).toContainText(XSS_COLUMN);
  await expect(results.rows.first()).toContainText('<script>');
  await expect(results.table.locator('img, script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __xss?: string }).__xss)).toBeUndefined();
});

test('a row opens the symbol view: chart, quote, depth and the run’s columns', async ({ page }) => {
  const runs = new RunsPage(page);
  const results = new ResultsPage(page);
  const symbolPage = new SymbolPage(page);
  await runs.seed([CURRENT]);
  await results.open(CURRENT.id);
  const row = LATEST_ROWS.find((candidate) => candidate.symbol === 'INFY')!;
  await results.filter.fill(row.symbol);
  await page.locator(`[data-testid="result-row"][data-symbol="${row.symbol}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/symbol/NSE/${row.symbol}\\?run=${CURRENT.id}$`));

  await expect(symbolPage.title).toHaveText(row.symbol);
  await expect(symbolPage.chart.locator('canvas').first()).toBeVisible({ timeout: 30_000 });
  await expect(symbolPage.quotePrice).toBeVisible({ timeout: 30_000 });
  expect(await symbolPage.lastPrice()).toBeGreaterThan(0);
  await expect(symbolPage.depthLevels).toHaveCount(5);
  await expect(symbolPage.rowColumns).toContainText('Close');
  await expect(symbolPage.rowColumns).toContainText((row.columns.Close as number).toFixed(2));

  // Keyboard: Enter on a focused row opens it too.
  await page.goBack();
  await results.filter.fill(row.symbol);
  await page.locator(`[data-testid="result-row"][data-symbol="${row.symbol}"]`).focus();
  await page.keyboard.press('Enter');
  await expect(symbolPage.title).toHaveText(row.symbol);
});

test('without the server the symbol view says why the quote and depth are missing', async ({ page }) => {
  const symbolPage = new SymbolPage(page);
  await page.route('**/api/market/quotes', (route) => route.abort('internetdisconnected'));
  await page.route('**/api/market/depth', (route) => route.abort('internetdisconnected'));
  await symbolPage.open('NSE', 'TCS');
  await expect(symbolPage.quoteError).toContainText('Offline');
  await expect(symbolPage.depthError).toContainText('Offline');
  await expect(symbolPage.chart.locator('canvas').first()).toBeVisible({ timeout: 30_000 });
});

test('the symbol view draws the indicators the scanner declares with @plot, on the price pane or below it', async ({
  page
}) => {
  const editor = new ScannerEditorPage(page);
  await page.goto('/scanners/new');
  await editor.setCode(`/**
 * @name Plotted close
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

  const scan = new ScanPage(page);
  await scan.open();
  await scan.scan('nifty50', `saved:${scannerId}`);
  const row = scan.results.getByTestId('result-row').first();
  const symbol = (await row.getAttribute('data-symbol'))!;
  await row.click();
  await expect(page).toHaveURL(new RegExp(`/symbol/NSE/${encodeURIComponent(symbol)}\\?run=`));

  const symbolPage = new SymbolPage(page);
  await expect(symbolPage.chart.locator('canvas').first()).toBeVisible({ timeout: 30_000 });
  await expect(symbolPage.plotLegendEntries).toHaveText(['EMA(close, 20)', 'RSI 14']);
  await expect(symbolPage.plotLegendEntry('EMA(close, 20)')).toHaveAttribute('data-pane', 'price');
  await expect(symbolPage.plotLegendEntry('RSI 14')).toHaveAttribute('data-pane', 'lower');
  await expect(symbolPage.plotProblems).toHaveCount(0);
});
