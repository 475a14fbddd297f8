import { expect, type Locator, type Page } from '@playwright/test';

/** The settings screen: connection test, scan defaults, engine limits, storage. */
export class SettingsPage {
  readonly testConnectionButton: Locator;
  readonly connectionResult: Locator;
  readonly workerCount: Locator;
  readonly symbolTimeout: Locator;
  readonly cacheStats: Locator;
  readonly clearCacheButton: Locator;
  readonly storageUsage: Locator;
  readonly storagePersisted: Locator;
  readonly saved: Locator;

  constructor(private readonly page: Page) {
    this.testConnectionButton = page.getByTestId('test-connection');
    this.connectionResult = page.getByTestId('connection-result');
    this.workerCount = page.getByTestId('worker-count');
    this.symbolTimeout = page.getByTestId('symbol-timeout');
    this.cacheStats = page.getByTestId('cache-stats');
    this.clearCacheButton = page.getByTestId('clear-cache');
    this.storageUsage = page.getByTestId('storage-usage');
    this.storagePersisted = page.getByTestId('storage-persisted');
    this.saved = page.getByTestId('settings-saved');
  }

  async open(): Promise<void> {
    await this.page.goto('/settings');
    await expect(this.page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  }

  async testConnection(): Promise<void> {
    await this.testConnectionButton.click();
    await expect(this.connectionResult).toBeVisible();
  }

  /** Cached series as the settings screen counts them. */
  async cachedSeries(): Promise<number> {
    return Number(await this.cacheStats.getAttribute('data-records'));
  }

  async setWorkerCount(value: 'auto' | number): Promise<void> {
    await this.workerCount.selectOption(String(value));
    await expect(this.saved).toHaveText('Saved');
  }

  /** Types a time limit and leaves the field, which saves it (or shows why it cannot). */
  async setSymbolTimeout(ms: number): Promise<void> {
    await this.symbolTimeout.fill(String(ms));
    await this.symbolTimeout.press('Tab');
  }
}
