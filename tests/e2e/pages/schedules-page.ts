import { expect, type Locator, type Page } from '@playwright/test';

export interface ScheduleFields {
  scanner?: string;
  watchlist?: string;
  kind?: 'once' | 'interval' | 'daily' | 'weekly' | 'cron';
  times?: string;
  minutes?: number;
  expression?: string;
  marketHoursOnly?: boolean;
}

/** The schedules screens: the list with alert settings (/schedules), the form (/schedules/new, /schedules/:id) and a run's results. */
export class SchedulesPage {
  readonly form: Locator;
  readonly nextRun: Locator;
  readonly summaryTiming: Locator;
  readonly saved: Locator;
  readonly formError: Locator;
  readonly runs: Locator;
  readonly alertSettings: Locator;
  readonly toasts: Locator;

  constructor(private readonly page: Page) {
    this.form = page.getByTestId('schedule-form');
    this.nextRun = page.getByTestId('next-run');
    this.summaryTiming = page.getByTestId('summary-timing');
    this.saved = page.getByTestId('schedule-saved');
    this.formError = page.getByTestId('form-error');
    this.runs = page.getByTestId('schedule-run');
    this.alertSettings = page.getByTestId('alert-settings');
    this.toasts = page.getByTestId('alert-toast');
  }

  async openIndex(): Promise<void> {
    await this.page.goto('/schedules');
    await expect(this.page.getByRole('heading', { name: 'Schedules', level: 1 })).toBeVisible();
  }

  /** The list row of the schedule whose scanner is `scanner`. */
  row(scanner: string): Locator {
    return this.page
      .getByTestId('schedule-row')
      .filter({ has: this.page.getByTestId('schedule-scanner').getByText(scanner, { exact: true }) });
  }

  /** Fills the schedule form; fields left out keep their values. */
  async fill(fields: ScheduleFields): Promise<void> {
    if (fields.scanner) await this.form.getByTestId('scanner').selectOption({ label: fields.scanner });
    if (fields.watchlist) await this.form.getByTestId('watchlist').selectOption({ label: fields.watchlist });
    if (fields.kind) await this.form.getByTestId('kind').selectOption(fields.kind);
    if (fields.times !== undefined) await this.form.getByTestId('times').fill(fields.times);
    if (fields.minutes !== undefined) await this.form.getByTestId('minutes').fill(String(fields.minutes));
    if (fields.expression !== undefined) await this.form.getByTestId('cron').fill(fields.expression);
    if (fields.marketHoursOnly !== undefined)
      await this.form.getByTestId('market-hours-only').setChecked(fields.marketHoursOnly);
  }

  /** Creates a schedule from the list screen and waits for its own screen. */
  async create(fields: ScheduleFields): Promise<string> {
    await this.openIndex();
    await this.page.getByTestId('new-schedule').click();
    await expect(this.form).toBeVisible();
    await this.fill(fields);
    await this.page.getByTestId('save-schedule').click();
    await expect(this.page).toHaveURL(/\/schedules\/[0-9a-f-]{36}$/);
    return this.page.url().split('/').at(-1)!;
  }

  async save(): Promise<void> {
    await this.page.getByTestId('save-schedule').click();
  }

  /** The server's message under a form field, e.g. `spec.expression`. */
  fieldError(field: string): Locator {
    return this.page.locator(`[data-testid="field-error"][data-field="${field}"]`);
  }

  /** Waits until the server has worked out the next run and shows it. */
  async expectNextRunKnown(): Promise<void> {
    await expect(this.nextRun).toHaveAttribute('data-known', 'true', { timeout: 30_000 });
    await expect(this.nextRun).toContainText('IST');
  }

  async delete(): Promise<void> {
    await this.page.getByTestId('delete-schedule').click();
    await expect(this.page.getByTestId('confirm-dialog')).toBeVisible();
    await this.page.getByTestId('confirm-ok').click();
    await expect(this.page).toHaveURL(/\/schedules$/);
  }

  alertField(name: 'telegram-username' | 'webhook-url' | 'webhook-secret' | 'browser-alerts'): Locator {
    return this.alertSettings.getByTestId(name);
  }

  async saveAlertSettings(): Promise<void> {
    await this.alertSettings.getByTestId('save-alert-settings').click();
    await expect(this.alertSettings.getByTestId('alert-settings-saved')).toBeVisible();
  }
}
