import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { SettingsPage } from './pages/settings-page.js';
import { ShellPage } from './pages/shell-page.js';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function fetchManifest(request: APIRequestContext) {
  const response = await request.get('/manifest.webmanifest');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/manifest+json');
  return response.json() as Promise<{
    name: string;
    short_name: string;
    start_url: string;
    display: string;
    theme_color: string;
    background_color: string;
    icons: { src: string; sizes: string; type: string; purpose: string }[];
  }>;
}

/** Waits until the service worker is active and controls this page. */
async function waitForServiceWorker(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 })
    .toBe(true);
}

test('the web manifest makes the app installable: name, standalone, start URL, real PNG icons incl. maskable', async ({
  page,
  request
}) => {
  const manifest = await fetchManifest(request);
  expect(manifest).toMatchObject({ short_name: 'FluxScan', start_url: '/', display: 'standalone' });
  expect(manifest.name).toContain('FluxScan');
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
  for (const size of [192, 512]) {
    for (const purpose of ['any', 'maskable']) {
      const icon = manifest.icons.find((i) => i.sizes === `${size}x${size}` && i.purpose === purpose);
      expect(icon, `${size} ${purpose}`).toBeDefined();
      const response = await request.get(icon!.src);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      expect(pngSize(await response.body())).toEqual({ width: size, height: size });
    }
  }

  await page.goto('/');
  const head = page.locator('head');
  await expect(head.locator('link[rel="manifest"]')).toHaveAttribute('href', /manifest\.webmanifest$/);
  await expect(head.locator('meta[name="theme-color"]')).toHaveAttribute('content', manifest.theme_color);
  const touchIcon = await head.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  expect((await request.get(new URL(touchIcon!, page.url()).pathname)).status()).toBe(200);
});

test('the service worker controls the page and precaches the shell, the engine worker and the QuickJS wasm', async ({
  page
}) => {
  const shell = new ShellPage(page);
  await shell.open('/');
  await waitForServiceWorker(page);
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const key of await caches.keys()) {
      for (const request of await (await caches.open(key)).keys()) urls.push(new URL(request.url).pathname);
    }
    return urls;
  });
  expect(cached).toContain('/');
  expect(cached).toContain('/manifest.webmanifest');
  expect(cached.some((path) => /\/workers\/engine-worker[^/]*\.js$/.test(path))).toBe(true);
  expect(cached.some((path) => path.endsWith('.wasm'))).toBe(true);

  // Chromium's own verdict on the manifest and service worker; Playwright's contexts are always incognito.
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
});

test('offline, a reload still opens the app shell and every page opens from the navigation', async ({
  page,
  context
}) => {
  const shell = new ShellPage(page);
  await shell.open('/');
  await waitForServiceWorker(page);

  await context.setOffline(true);
  try {
    await page.reload();
    await expect(shell.heading).toHaveText('Dashboard');
    await expect(shell.networkStatus).toHaveAttribute('data-state', 'offline');
    await shell.navigateTo('Settings');
    await expect(shell.heading).toHaveText('Settings');
    await expect(new SettingsPage(page).cacheStats).toBeVisible();
    await shell.navigateTo('Scan');
    await expect(page.getByTestId('run')).toBeVisible();
    await shell.navigateTo('Dashboard');
    await expect(shell.heading).toHaveText('Dashboard');

    // A deep link typed into the address bar gets the cached shell too.
    await page.goto('/settings');
    await expect(shell.heading).toHaveText('Settings');
  } finally {
    await context.setOffline(false);
  }
});

test.describe('with service workers unavailable', () => {
  test.use({ serviceWorkers: 'block' });

  test('the app loads every page without an error', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    for (const path of ['/', '/scan', '/watchlists', '/runs', '/settings']) {
      await page.goto(path);
      await expect(page.locator('main h1').first()).toBeVisible();
    }
    await page.reload();
    await expect(page.locator('main h1').first()).toBeVisible();
    expect(errors).toEqual([]);
  });
});
