import { expect, test } from '@playwright/test';
import { ScanPage } from './pages/scan-page.js';
import { SettingsPage } from './pages/settings-page.js';
import { ShellPage, type Section } from './pages/shell-page.js';

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
  const shell = new ShellPage(page);
  await shell.open('/');
  await page.keyboard.press('Tab');
  await expect(shell.skipLink).toBeFocused();
  await expect(shell.skipLink).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(shell.main).toBeFocused();
});

test('every section is reachable with the keyboard alone', async ({ page }) => {
  const shell = new ShellPage(page);
  await shell.open('/');
  for (const section of ['Settings', 'Scan', 'Dashboard'] as Section[]) {
    await shell.navigateByKeyboard(section);
  }
  await expect(shell.heading).toHaveText('Dashboard');
});

test('the navigation opens every section (a drawer on phones) and the demo banner shows on each', async ({ page }) => {
  const shell = new ShellPage(page);
  await shell.open('/');
  expect(await shell.usesDrawer()).toBe((page.viewportSize()?.width ?? 0) < 1024);
  for (const section of ['Scan', 'Scanners', 'Watchlists', 'Runs', 'Settings', 'Dashboard'] as Section[]) {
    await shell.navigateTo(section);
    await expect(shell.demoBanner).toContainText('Demo data, simulated');
  }
  await expect(shell.networkStatus).toHaveAttribute('data-state', 'online');
});

test('the phone drawer closes with Escape and gives focus back to the menu button', async ({ page }) => {
  const shell = new ShellPage(page);
  await shell.open('/');
  test.skip(!(await shell.usesDrawer()), 'phones only');
  await shell.navToggle.click();
  await expect(shell.drawer).toBeVisible();
  await expect(shell.drawer.getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Escape');
  await expect(shell.drawer).toBeHidden();
  await expect(shell.navToggle).toBeFocused();
});

test('the dashboard counts scanners, watchlists, runs and signals and shows the market-data source', async ({
  page
}) => {
  const shell = new ShellPage(page);
  await shell.open('/');
  await expect(shell.heading).toHaveText('Dashboard');
  for (const name of ['scanners', 'watchlists', 'runs-today', 'signals-today'] as const) {
    const count = await shell.dashboardCount(name);
    expect(count, name).not.toBeNull();
    expect(count).toBeGreaterThanOrEqual(0);
  }
  await expect(page.getByTestId('server-source')).toContainText('Built-in simulator');
  await expect(page.getByTestId('running-scans')).toContainText('No scan is running');
});

test('settings: the connection test reports the simulator as reachable demo data, keyless in the browser', async ({
  page
}) => {
  const settings = new SettingsPage(page);
  await settings.open();
  await expect(page.getByRole('note')).toContainText('never typed into, stored in or sent to this browser');
  await settings.testConnection();
  await expect(settings.connectionResult).toHaveAttribute('data-reachable', 'true');
  await expect(settings.connectionResult).toHaveAttribute('data-demo', 'true');
  await expect(settings.connectionResult).toContainText('built-in simulator (demo data)');
});

test('settings: worker count and time limit persist across a reload; an out-of-range limit is refused', async ({
  page
}) => {
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.setWorkerCount(1);
  await settings.setSymbolTimeout(2500);
  await expect(settings.saved).toHaveText('Saved');
  await page.reload();
  await expect(settings.workerCount).toHaveValue('1');
  await expect(settings.symbolTimeout).toHaveValue('2500');

  await settings.setSymbolTimeout(5);
  await expect(settings.symbolTimeout).toHaveAttribute('aria-invalid', 'true');
  await page.reload();
  await expect(settings.symbolTimeout).toHaveValue('2500');

  await settings.setWorkerCount('auto');
  await settings.setSymbolTimeout(1000);
  await expect(settings.symbolTimeout).not.toHaveAttribute('aria-invalid');
});

test('settings: the candle cache size shows and Clear empties it', async ({ page }) => {
  const scan = new ScanPage(page);
  await scan.open();
  await scan.scan('nifty50');

  // The dashboard tells how fresh the cached candles are.
  await page.goto('/');
  await expect(page.getByTestId('cache-summary')).toContainText('series');
  await expect(page.getByTestId('cache-last-fetch')).toContainText('Last fetched');

  const settings = new SettingsPage(page);
  await settings.open();
  await expect.poll(() => settings.cachedSeries()).toBeGreaterThanOrEqual(50);
  await expect(settings.storageUsage).toContainText('used of');
  await expect(settings.storagePersisted).toBeVisible();
  await settings.clearCacheButton.click();
  await expect.poll(() => settings.cachedSeries()).toBe(0);
  await page.reload();
  await expect.poll(() => settings.cachedSeries()).toBe(0);
});
