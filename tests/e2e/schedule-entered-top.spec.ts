import { expect, test } from '@playwright/test';
import { ScannerEditorPage } from './pages/scanner-editor-page.js';
import { SchedulesPage } from './pages/schedules-page.js';
import { WatchlistsPage } from './pages/watchlists-page.js';

test("a schedule's alert on entering the top N is refused out of range, kept through a reload and shown in the list", async ({
  page,
  request
}, testInfo) => {
  // The server and its schedules outlive the test and are shared by both viewports: names are made unique.
  const tag = `${testInfo.project.name} ${Date.now().toString(36)}`;
  const scanner = `Ranked ${tag}`;
  const watchlist = `Top ${tag}`;
  await page.goto('/scanners/new');
  const editor = new ScannerEditorPage(page);
  await editor.setCode(`/**\n * @name ${scanner}\n * @interval D\n * @lookback 30\n */\nFilter = 1;\nRank = close;\n`);
  await expect(editor.name).toHaveValue(scanner);
  await editor.save();
  const watchlists = new WatchlistsPage(page);
  await watchlists.openIndex();
  await watchlists.create(watchlist);
  await watchlists.paste('SBIN, INFY');

  const schedules = new SchedulesPage(page);
  const topN = schedules.form.getByTestId('alerts-entered-top');
  await schedules.openIndex();
  await page.getByTestId('new-schedule').click();
  await schedules.fill({ scanner, watchlist, kind: 'daily', times: '16:05' });
  await expect(topN).toHaveValue('');
  await topN.fill('0');
  await schedules.save();
  await expect(schedules.fieldError('enteredTop')).toHaveText(
    'Top N is a whole number from 1 to 10000, or empty for off'
  );
  await expect(topN).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/schedules\/new$/);

  await topN.fill('20');
  await schedules.save();
  await expect(page).toHaveURL(/\/schedules\/[0-9a-f-]{36}$/);
  const scheduleId = page.url().split('/').at(-1)!;
  try {
    await expect(schedules.fieldError('enteredTop')).toHaveCount(0);
    await page.reload();
    await expect(topN).toHaveValue('20');
    expect(
      (
        (await (await request.get(`/api/alerts/schedules/${scheduleId}`)).json()) as {
          alerts: { enteredTop: number | null };
        }
      ).alerts.enteredTop
    ).toBe(20);

    await schedules.openIndex();
    await expect(schedules.row(scanner).getByTestId('schedule-alerts-summary')).toHaveText('on entering the top 20');
    await expect(schedules.row(scanner).getByTestId('schedule-alerts-summary')).toBeVisible();

    // Saving the schedule again for another reason keeps the top N; clearing the field turns it off.
    await schedules.row(scanner).getByTestId('schedule-scanner').click();
    await expect(topN).toHaveValue('20');
    await schedules.fill({ times: '16:10' });
    await schedules.save();
    await expect(schedules.saved).toBeVisible();
    await page.reload();
    await expect(topN).toHaveValue('20');
    await topN.fill('');
    await schedules.save();
    await expect(schedules.saved).toBeVisible();
    await schedules.openIndex();
    await expect(schedules.row(scanner).getByTestId('schedule-alerts-summary')).toHaveText('on matches');
  } finally {
    await request.delete(`/api/schedules/${scheduleId}`);
  }
});
