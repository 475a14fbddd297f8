import { expect, test } from '@playwright/test';
import { ResultsPage } from './pages/results-page.js';
import { WatchlistsPage } from './pages/watchlists-page.js';

test.use({ viewport: { width: 360, height: 800 } });

test('on a phone a finished scan shows its results first, every number of a row in view, and Edit brings the form back', async ({
  page
}) => {
  const watchlists = new WatchlistsPage(page);
  await watchlists.openIndex();
  await watchlists.create('Phone picks');
  await watchlists.paste('SBIN TCS INFY RELIANCE HDFCBANK');
  const watchlistId = page.url().split('/').at(-1)!;

  await page.goto(`/scan?scanner=template:technical-snapshot&watchlist=${watchlistId}`);
  await expect(page.getByTestId('list')).toHaveValue(`watchlist:${watchlistId}`);
  await page.getByTestId('run').click();
  await expect(page.getByTestId('summary')).toContainText('completed: 5 symbols scanned', { timeout: 60_000 });

  // The form folds into one line; the results start near the top of the screen.
  const setupLine = page.getByTestId('setup-summary');
  await expect(setupLine).toBeVisible();
  await expect(setupLine).toContainText('Phone picks');
  await expect(page.getByTestId('scanner')).toBeHidden();
  const results = new ResultsPage(page);
  await expect(results.table).toHaveAttribute('data-layout', 'cards');
  // The first result is on the first screen, without scrolling.
  const firstCard = (await results.rows.first().boundingBox())!;
  expect(firstCard.y + firstCard.height).toBeLessThanOrEqual(800);

  // Each card shows every column's number inside the screen, with its name.
  const card = results.rows.first();
  // The technical snapshot is an exploration: it sets no signal, so its rows read "Match".
  await expect(card.locator('[data-signal="EXPLORE"]')).toHaveText('Match');
  const cells = await card.locator('[data-column]').all();
  expect(cells.length).toBeGreaterThan(3);
  let numbers = 0;
  for (const cell of cells) {
    await expect(cell).toBeInViewport();
    const box = (await cell.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    // Named (the column header is hidden on a phone), and the number itself shown, not cut off.
    const label = await cell.evaluate((element) => getComputedStyle(element, '::before').content);
    expect(label).toBe(JSON.stringify(await cell.getAttribute('data-column')));
    if ((await cell.getAttribute('class'))!.includes('tabular-nums')) {
      expect(await cell.innerText()).toMatch(/^-?\d+(\.\d+)?%?$/);
      expect(await cell.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
      numbers += 1;
    }
  }
  expect(numbers).toBeGreaterThan(3);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(
    true
  );
  // As tall as its five cards, not a fixed window.
  const rowHeight = (await card.boundingBox())!.height;
  expect((await results.scroller.boundingBox())!.height).toBeLessThanOrEqual(5 * rowHeight + 4);

  await page.getByTestId('edit-setup').click();
  await expect(page.getByTestId('scanner')).toBeVisible();
  await expect(page.getByTestId('scanner')).toBeFocused();
  await expect(setupLine).toBeHidden();
});
