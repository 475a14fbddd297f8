import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { ScannerEditorPage } from './pages/scanner-editor-page.js';
import { SchedulesPage } from './pages/schedules-page.js';
import { WatchlistsPage } from './pages/watchlists-page.js';

// The server (and its schedules) outlives each test and is shared by both viewports: names are made unique.
const uniqueTag = (testInfo: TestInfo) => `${testInfo.project.name} ${Date.now().toString(36)}`;

async function createScannerFromTemplate(page: Page, name: string): Promise<void> {
  await page.goto('/scanners/new?template=ema-crossover');
  const editor = new ScannerEditorPage(page);
  await expect(editor.name).toHaveValue('10/20 EMA Crossover');
  await editor.name.fill(name);
  await editor.save();
}

/** A scanner every symbol matches, so a run always has results to alert on. */
async function createMatchAllScanner(page: Page, name: string): Promise<void> {
  await page.goto('/scanners/new');
  const editor = new ScannerEditorPage(page);
  await editor.setCode(`/**
 * @name ${name}
 * @interval D
 * @lookback 30
 */
Filter = 1;
AddColumn('Close', close, '1.2');
`);
  await expect(editor.name).toHaveValue(name);
  await editor.save();
}

async function createWatchlist(page: Page, name: string): Promise<void> {
  const watchlists = new WatchlistsPage(page);
  await watchlists.openIndex();
  await watchlists.create(name);
  await watchlists.paste('SBIN, INFY');
}

test('a daily schedule gets its next run, refuses a bad cron expression, is disabled, enabled and deleted', async ({
  page
}, testInfo) => {
  const tag = uniqueTag(testInfo);
  const scanner = `EMA ${tag}`;
  const watchlist = `Sched ${tag}`;
  await createScannerFromTemplate(page, scanner);
  await createWatchlist(page, watchlist);

  const schedules = new SchedulesPage(page);
  await schedules.create({ scanner, watchlist, kind: 'daily', times: '09:20, 15:00' });
  await expect(page.getByTestId('server-note')).toContainText('run on the FluxScan server');
  await expect(schedules.summaryTiming).toHaveText('Daily at 09:20 and 15:00 IST, market hours only');
  await schedules.expectNextRunKnown();

  await schedules.fill({ kind: 'cron', expression: 'not a cron' });
  await schedules.save();
  await expect(schedules.fieldError('spec.expression')).toHaveText('not a valid cron expression');
  await expect(schedules.summaryTiming).toContainText('Daily at 09:20');

  await schedules.fill({ expression: '*/30 9-15 * * 1-5' });
  await schedules.save();
  await expect(schedules.saved).toBeVisible();
  await expect(schedules.fieldError('spec.expression')).toHaveCount(0);
  await expect(schedules.summaryTiming).toHaveText('Cron "*/30 9-15 * * 1-5", market hours only');
  await schedules.expectNextRunKnown();

  await schedules.openIndex();
  const row = schedules.row(scanner);
  await expect(row.getByTestId('schedule-watchlist')).toHaveText(watchlist);
  await expect(row.getByTestId('schedule-timing')).toHaveText('Cron "*/30 9-15 * * 1-5"');
  await expect(row.getByTestId('schedule-last-run')).toHaveText('never');
  await row.getByTestId('schedule-enabled').uncheck();
  await expect(row.getByTestId('schedule-next-run')).toHaveText('disabled');
  await page.reload();
  await expect(row.getByTestId('schedule-enabled')).not.toBeChecked();
  await row.getByTestId('schedule-enabled').check();
  await expect(row.getByTestId('schedule-next-run')).toContainText('IST', { timeout: 30_000 });

  await row.getByTestId('schedule-scanner').click();
  await schedules.delete();
  await expect(schedules.row(scanner)).toHaveCount(0);
});

test('alert settings are saved on the server; the webhook secret shows only as set', async ({ page, request }) => {
  const secret = 'a-webhook-secret-long-enough-42';
  const schedules = new SchedulesPage(page);
  await schedules.openIndex();
  await schedules.alertField('telegram-username').fill('fluxscan_trader');
  await schedules.alertField('webhook-url').fill('http://127.0.0.1:9/fluxscan');
  await schedules.alertField('webhook-secret').fill(secret);
  await schedules.saveAlertSettings();

  await page.reload();
  await expect(schedules.alertField('telegram-username')).toHaveValue('fluxscan_trader');
  await expect(schedules.alertField('webhook-url')).toHaveValue('http://127.0.0.1:9/fluxscan');
  await expect(schedules.alertField('webhook-secret')).toHaveValue('');
  await expect(schedules.alertSettings.getByTestId('webhook-secret-state')).toContainText('Secret: set');
  await expect(schedules.alertSettings.getByTestId('configured-channels')).toHaveText(
    'Delivering to: telegram, webhook, browser'
  );
  expect(await (await request.get('/api/alerts/settings')).text()).not.toContain(secret);

  // Saving again without retyping the secret keeps it.
  await schedules.alertField('telegram-username').fill('');
  await schedules.saveAlertSettings();
  await page.reload();
  await expect(schedules.alertSettings.getByTestId('webhook-secret-state')).toContainText('Secret: set');
  await expect(schedules.alertSettings.getByTestId('configured-channels')).toHaveText(
    'Delivering to: webhook, browser'
  );

  await schedules.alertField('webhook-url').fill('');
  await schedules.saveAlertSettings();
  await expect(schedules.alertSettings.getByTestId('configured-channels')).toHaveText('Delivering to: browser');
});

test('a server run of an every-minute schedule lands in its history and alerts open apps', async ({
  page,
  context,
  browser,
  request
}, testInfo) => {
  test.setTimeout(200_000);
  const tag = uniqueTag(testInfo);
  const scanner = `Match all ${tag}`;
  const watchlist = `Alerted ${tag}`;
  expect((await request.put('/api/alerts/settings', { data: { browser: true } })).ok()).toBe(true);

  // This tab may notify: record what it shows. Another tab, not allowed to, gets an in-app toast.
  await context.grantPermissions(['notifications']);
  await page.addInitScript(() => {
    const shown: string[] = [];
    (window as unknown as { shownNotifications: string[] }).shownNotifications = shown;
    const Original = window.Notification;
    window.Notification = class extends Original {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options);
        shown.push(title);
      }
    } as typeof Notification;
  });
  const otherContext = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    viewport: testInfo.project.use.viewport
  });
  const other = await otherContext.newPage();

  let scheduleId: string | null = null;
  try {
    await createMatchAllScanner(page, scanner);
    await createWatchlist(page, watchlist);
    const schedules = new SchedulesPage(page);
    scheduleId = await schedules.create({ scanner, watchlist, kind: 'interval', minutes: 1, marketHoursOnly: false });
    await expect(schedules.summaryTiming).toHaveText('Every minute');
    await schedules.expectNextRunKnown();
    await other.goto('/schedules');
    await expect(page.getByTestId('schedule-runs-empty')).toBeVisible();

    // The scheduler checks every few seconds; the first run is a minute after saving.
    const run = schedules.runs.first();
    await expect(run.getByTestId('run-status')).toHaveText('completed', { timeout: 120_000 });
    await expect(run.getByTestId('run-matches')).toHaveText('2');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shownNotifications: string[] }).shownNotifications), {
        timeout: 15_000
      })
      .toContainEqual(`${scanner}: 2 matches on ${watchlist}`);
    await expect(other.getByTestId('alert-toast').filter({ hasText: scanner })).toContainText(
      `${scanner}: 2 matches on ${watchlist}`,
      { timeout: 15_000 }
    );

    await run.getByTestId('open-run').click();
    await expect(page.getByTestId('server-run-matches')).toHaveText('2');
    await expect(page.getByTestId('result-row')).toHaveCount(2);
    await expect(page.getByTestId('results-table')).toContainText('SBIN');
  } finally {
    if (scheduleId) await request.delete(`/api/schedules/${scheduleId}`);
    await otherContext.close();
  }
});
