import { expect, type Download, type Locator, type Page } from '@playwright/test';
import type { SavedBacktest } from '../../../src/lib/backtest/backtest-record.js';
import { BACKTEST_DATABASE_NAME } from '../../../src/lib/backtest/backtest-db.js';

/** The backtest screen and its saved results: run one, read the summary, pick a day, open an event, export. */
export class BacktestPage {
  readonly result: Locator;
  readonly summaryRows: Locator;
  readonly status: Locator;
  readonly progress: Locator;

  constructor(private readonly page: Page) {
    this.result = page.getByTestId('backtest-result');
    this.summaryRows = page.getByTestId('summary-row');
    this.status = page.getByTestId('backtest-status');
    this.progress = page.getByTestId('backtest-progress');
  }

  /** Starts the backtest and waits until its result is on screen. */
  async run(): Promise<void> {
    await this.page.getByTestId('run-backtest').click();
    await expect(this.page.getByTestId('cancel-backtest')).toBeVisible();
    await expect(this.page.getByTestId('run-backtest')).toBeVisible({ timeout: 90_000 });
    await expect(this.result).toHaveAttribute('data-status', 'completed');
  }

  /** One statistic of one horizon's summary row, as shown. */
  stat(horizon: number, key: string): Locator {
    return this.page.locator(`[data-testid="summary-row"][data-horizon="${horizon}"] [data-stat="${key}"]`);
  }

  /** Stores backtests exactly as the app does, after the app has opened and created the database. */
  async seed(backtests: SavedBacktest[]): Promise<void> {
    await this.page.goto('/backtest/history');
    await expect(this.page.locator('main h1')).toHaveText('Backtest history');
    await expect(this.page.locator('main .loading')).toHaveCount(0);
    await this.page.evaluate(
      async ({ name, backtests }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(name);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        await new Promise<void>((resolve, reject) => {
          const transaction = db.transaction(['backtests', 'details'], 'readwrite');
          for (const { events, hitsPerDay, errors, ...summary } of backtests) {
            transaction.objectStore('backtests').put(summary);
            transaction.objectStore('details').put({ id: summary.id, events, hitsPerDay, errors });
          }
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
        });
        db.close();
      },
      { name: BACKTEST_DATABASE_NAME, backtests }
    );
  }

  async download(format: 'csv' | 'json' | 'xlsx'): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId(`export-${format}`).click()
    ]);
    return download;
  }

  /** The newest backtest as this browser's IndexedDB holds it (summary and events). */
  async latestSaved(): Promise<SavedBacktest> {
    return this.page.evaluate(async (name) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const all = <T>(store: string) =>
        new Promise<T[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result as T[]);
          request.onerror = () => reject(request.error);
        });
      const summaries = (await all<{ id: string; startedAt: number }>('backtests')).sort(
        (a, b) => b.startedAt - a.startedAt
      );
      const details = await all<{ id: string }>('details');
      db.close();
      return { ...summaries[0], ...details.find((d) => d.id === summaries[0].id) } as unknown as SavedBacktest;
    }, BACKTEST_DATABASE_NAME);
  }
}
