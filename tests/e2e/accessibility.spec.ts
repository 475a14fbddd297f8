import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openRoute, seedEveryRoute } from './pages/app-routes.js';
import { WatchlistsPage } from './pages/watchlists-page.js';

/** Axe's violations on the page as it is, one line each (rule, impact, the first offending node). */
async function violations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.nodes[0]?.failureSummary?.split('\n')[1]?.trim() ?? v.help}`
  );
}

test('axe finds no violation on any route', async ({ page, request }) => {
  const routes = await seedEveryRoute(page, request);
  const found: string[] = [];
  for (const route of routes) {
    await openRoute(page, route);
    for (const violation of await violations(page)) found.push(`${route.name} (${route.path}): ${violation}`);
  }
  expect(found).toEqual([]);
});

/** WCAG contrast of an element's text on its background, colours resolved by the browser (a canvas reads them back as sRGB). */
async function textContrast(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const style = getComputedStyle(element);
      const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
      const rgb = (colour: string) => {
        context.clearRect(0, 0, 1, 1);
        context.fillStyle = colour;
        context.fillRect(0, 0, 1, 1);
        return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
      };
      const luminance = (colour: string) => {
        const [r, g, b] = rgb(colour).map((c) =>
          c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4
        );
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const [light, dark] = [luminance(style.color), luminance(style.backgroundColor)].sort((a, b) => b - a);
      return (light + 0.05) / (dark + 0.05);
    });
}

test('primary buttons and the skip link are at least 4.5:1', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('main h1')).toBeVisible();
  expect(await textContrast(page, '.btn-primary')).toBeGreaterThanOrEqual(4.5);
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('skip-link')).toBeFocused();
  expect(await textContrast(page, '[data-testid="skip-link"]')).toBeGreaterThanOrEqual(4.5);
});

test('the scan flow works from the keyboard alone, focus staying on Run/Cancel, and its results pass axe', async ({
  page
}) => {
  const watchlists = new WatchlistsPage(page);
  await watchlists.openIndex();
  await watchlists.create('Keyboard scan');
  await watchlists.paste('SBIN TCS INFY');
  const watchlistId = page.url().split('/').at(-1)!;

  await page.goto(`/scan?watchlist=${watchlistId}`);
  await expect(page).toHaveTitle('Scan · FluxScan');
  await expect(page.getByTestId('list')).toHaveValue(`watchlist:${watchlistId}`);
  // Tab to the scanner, pick the technical snapshot by keyboard, then Tab on to Run scan.
  const scanner = page.getByTestId('scanner');
  await scanner.focus();
  await scanner.selectOption('template:technical-snapshot');
  await expect(scanner).toBeFocused();
  const run = page.getByTestId('run');
  for (let i = 0; i < 12 && !(await run.evaluate((element) => element === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(run).toBeFocused();
  await page.keyboard.press('Enter');
  // The button turns into Cancel and back without losing focus.
  await expect(page.getByTestId('summary')).toContainText('completed: 3 symbols scanned', { timeout: 60_000 });
  await expect(page.getByRole('button', { name: 'Run scan' })).toBeFocused();
  await expect(page.getByTestId('scan-announcement')).toHaveText(
    'Scan completed: 3 symbols scanned, 3 matches, 0 errors'
  );

  // The results are reached by Tab; arrows move between rows; Enter opens the symbol.
  const rows = page.getByTestId('result-row');
  for (let i = 0; i < 60 && !(await rows.first().evaluate((element) => element === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(rows.first()).toBeFocused();
  await expect(rows.first()).toHaveAttribute('aria-rowindex', '2');
  await expect(page.getByTestId('results-table')).toHaveAttribute('aria-rowcount', '4');
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  expect(await violations(page)).toEqual([]);
  const symbol = (await rows.nth(1).getAttribute('data-symbol'))!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/symbol/NSE/${symbol}\\?run=`));
});
