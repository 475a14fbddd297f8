import { writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { WatchlistsPage } from './pages/watchlists-page.js';

test('creates, renames and deletes watchlists, refusing a duplicate name', async ({ page }) => {
  const watchlists = new WatchlistsPage(page);
  await watchlists.openIndex();
  await watchlists.create('Breakouts');
  await watchlists.openIndex();
  await expect(watchlists.row('Breakouts')).toContainText('0 symbols');

  await page.getByTestId('new-name').fill('  BREAKOUTS ');
  await page.getByTestId('create').click();
  await expect(watchlists.error).toContainText('A watchlist named "Breakouts" already exists.');

  await watchlists.rename('Breakouts', 'Momentum picks');
  await expect(watchlists.row('Momentum picks')).toBeVisible();
  await expect(watchlists.row('Breakouts')).toHaveCount(0);

  await page.reload();
  await expect(watchlists.row('Momentum picks')).toBeVisible();
  await watchlists.delete('Momentum picks');
  await expect(page.getByTestId('empty')).toBeVisible();
});

test('adds a symbol through search autocomplete using only the keyboard', async ({ page }) => {
  const watchlists = new WatchlistsPage(page);
  await watchlists.openIndex();
  await watchlists.create('Keyboard');
  await watchlists.search.focus();
  await watchlists.searchFor('infy');
  await expect(watchlists.search).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  expect(await watchlists.activeOptionText()).toContain('INFY');
  await expect(watchlists.options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(watchlists.symbolRow('INFY')).toHaveAttribute('data-status', 'valid');
  await expect(watchlists.search).toHaveValue('');
  await expect(watchlists.search).toHaveAttribute('aria-expanded', 'false');
});

test('bulk paste flags an unknown symbol instead of dropping it', async ({ page }) => {
  const watchlists = new WatchlistsPage(page);
  await watchlists.openIndex();
  await watchlists.create('Pasted');
  await watchlists.paste('SBIN, NSE:TCS\nreliance NOTAREALSYMBOL sbin BAD@SYM');
  await expect(watchlists.notice).toHaveText('Pasted: 5 added, 1 not a valid symbol (flagged unknown).');
  await watchlists.waitForChecks();
  await expect(watchlists.symbolRow('NOTAREALSYMBOL')).toHaveAttribute('data-status', 'unknown');
  await expect(watchlists.symbolRow('NOTAREALSYMBOL')).toContainText('unknown');
  await expect(watchlists.symbolRow('BAD@SYM')).toHaveAttribute('data-status', 'unknown');
  await expect(watchlists.symbolRow('TCS')).toHaveAttribute('data-status', 'valid');

  await watchlists.paste('tcs');
  await expect(watchlists.notice).toHaveText('Pasted: 0 added, 1 already listed.');

  await watchlists.showOnly('unknown');
  await expect.poll(() => watchlists.shownSymbols()).toEqual(['NSE:NOTAREALSYMBOL', 'NSE:BAD@SYM']);
  await watchlists.showOnly('all');
  await page.getByTestId('symbol-filter').fill('rel');
  await expect.poll(() => watchlists.shownSymbols()).toEqual(['NSE:RELIANCE']);
  await page.getByTestId('symbol-filter').fill('');

  await page.getByRole('button', { name: 'Remove NSE:RELIANCE' }).click();
  await page.getByTestId('remove-unknown').click();
  // Removal is saved first, then shown: wait for the list to settle.
  await expect.poll(() => watchlists.shownSymbols()).toEqual(['NSE:SBIN', 'NSE:TCS']);
});

test('imports a TradingView TXT and an NSE index CSV', async ({ page }, testInfo) => {
  const tradingView = testInfo.outputPath('tradingview.txt');
  const nseCsv = testInfo.outputPath('ind_custom.csv');
  await writeFile(tradingView, '###Banks,NSE:SBIN,NSE:HDFCBANK,###IT,NSE:INFY\n');
  await writeFile(
    nseCsv,
    'Company Name,Industry,Symbol,Series,ISIN Code\n"Tata Consultancy Services Ltd.",IT,TCS,EQ,INE467B01029\nInfosys Ltd.,IT,INFY,EQ,INE009A01021\n'
  );

  const watchlists = new WatchlistsPage(page);
  await watchlists.openIndex();
  await watchlists.create('Imported');
  await watchlists.importFile(tradingView);
  await expect(watchlists.notice).toContainText('Imported tradingview.txt: 3 added');
  await watchlists.importFile(nseCsv);
  await expect(watchlists.notice).toContainText('Imported ind_custom.csv: 1 added, 1 already listed');
  await watchlists.waitForChecks();
  await expect.poll(() => watchlists.shownSymbols()).toEqual(['NSE:SBIN', 'NSE:HDFCBANK', 'NSE:INFY', 'NSE:TCS']);
  await expect(watchlists.total).toHaveText('4 symbols');
});

test('creates a watchlist from NIFTY 50 and exports it as CSV and TradingView TXT', async ({ page }) => {
  const watchlists = new WatchlistsPage(page);
  await watchlists.openIndex();
  await watchlists.createFromPredefined('nifty50');
  await expect(watchlists.title).toContainText('NIFTY 50');
  await expect(watchlists.total).toHaveText('50 symbols');
  await expect(watchlists.symbolTable).toHaveAttribute('data-count', '50');
  await watchlists.waitForChecks();
  await expect(page.getByTestId('status-filter-valid')).toContainText('(50)');

  const csv = await watchlists.export('csv');
  expect(csv.fileName).toBe('NIFTY 50.csv');
  const [header, ...rows] = csv.text.trim().split('\n');
  expect(header).toBe('Symbol,Exchange,Status');
  expect(rows).toHaveLength(50);
  expect(rows).toContain('INFY,NSE,valid');

  const txt = await watchlists.export('tradingview');
  expect(txt.fileName).toBe('NIFTY 50.txt');
  const symbols = txt.text.trim().split(',');
  expect(symbols).toHaveLength(50);
  expect(symbols.every((s) => /^NSE:[A-Z0-9&-]+$/.test(s))).toBe(true);
  expect(symbols).toEqual(rows.map((row) => `NSE:${row.split(',')[0]}`));

  // A second copy gets a name of its own rather than failing.
  await watchlists.openIndex();
  await watchlists.createFromPredefined('nifty50');
  await expect(watchlists.title).toContainText('NIFTY 50 (2)');
});

test('a watchlist named with markup renders it as inert text', async ({ page }) => {
  const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
  const watchlists = new WatchlistsPage(page);
  await watchlists.openIndex();
  await watchlists.create(payload);
  await expect(watchlists.title).toHaveText(payload);
  await watchlists.openIndex();
  await expect(watchlists.row(payload)).toBeVisible();
  await expect(watchlists.lists.locator('img, script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});

test('a 2,500-symbol paste is stored and shown quickly, a page of rows at a time', async ({ page }) => {
  const watchlists = new WatchlistsPage(page);
  await watchlists.openIndex();
  await watchlists.create('Big list');
  const symbols = Array.from({ length: 2500 }, (_, i) => `ZZTEST${String(i).padStart(4, '0')}`);
  const started = Date.now();
  await watchlists.paste(symbols.join('\n'));
  await expect(watchlists.total).toHaveText('2500 symbols');
  expect(Date.now() - started).toBeLessThan(5000);
  await expect(watchlists.symbolTable.locator('tbody tr')).toHaveCount(200);
  await expect(page.getByTestId('show-more')).toContainText('2300 not shown');
  await page.getByTestId('symbol-filter').fill('ZZTEST249');
  await expect.poll(async () => (await watchlists.shownSymbols()).length).toBe(10);
  await page.reload();
  await expect(watchlists.total).toHaveText('2500 symbols');
});

test('offline, added symbols stay unchecked, and are checked once back online', async ({ page, context }) => {
  const watchlists = new WatchlistsPage(page);
  await watchlists.openIndex();
  await watchlists.create('Offline adds');
  await context.setOffline(true);
  await watchlists.paste('SBIN NOTAREALSYMBOL');
  await expect(watchlists.error).toContainText('Offline');
  await expect(watchlists.symbolRow('SBIN')).toHaveAttribute('data-status', 'unchecked');
  await expect(watchlists.symbolRow('NOTAREALSYMBOL')).toHaveAttribute('data-status', 'unchecked');

  await context.setOffline(false);
  await watchlists.waitForChecks();
  await expect(watchlists.symbolRow('SBIN')).toHaveAttribute('data-status', 'valid');
  await expect(watchlists.symbolRow('NOTAREALSYMBOL')).toHaveAttribute('data-status', 'unknown');
});

test('Rename by keyboard: the input takes focus, Escape cancels, focus returns to Rename; the h1 is only the name', async ({
  page
}) => {
  const watchlists = new WatchlistsPage(page);
  await watchlists.openIndex();
  await watchlists.create('Swing ideas');
  await expect(watchlists.title).toHaveText('Swing ideas');
  await expect(watchlists.title.getByRole('button')).toHaveCount(0);

  const rename = page.getByRole('button', { name: 'Rename Swing ideas' });
  await rename.focus();
  await page.keyboard.press('Enter');
  const input = page.getByTestId('rename-input');
  await expect(input).toBeFocused();
  await page.keyboard.type('Positional ideas');
  await page.keyboard.press('Escape');
  await expect(input).toHaveCount(0);
  await expect(watchlists.title).toHaveText('Swing ideas');
  await expect(rename).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(input).toBeFocused();
  await page.keyboard.type('Positional ideas');
  await page.keyboard.press('Enter');
  await expect(watchlists.title).toHaveText('Positional ideas');
  await expect(page.getByRole('button', { name: 'Rename Positional ideas' })).toBeFocused();
});
