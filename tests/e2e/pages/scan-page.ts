import { expect, type Locator, type Page } from '@playwright/test';

/** The scan page: pick a watchlist, run the scanner, read results and data provenance. */
export class ScanPage {
  readonly summary: Locator;
  readonly results: Locator;
  readonly dataStatus: Locator;
  readonly demoBanner: Locator;
  readonly offlineNotice: Locator;
  readonly errors: Locator;

  constructor(private readonly page: Page) {
    this.summary = page.getByTestId('summary');
    this.results = page.getByTestId('results');
    this.dataStatus = page.getByTestId('data-status');
    this.demoBanner = page.getByTestId('demo-banner');
    this.offlineNotice = page.getByTestId('offline');
    this.errors = page.getByTestId('errors');
  }

  async open(): Promise<void> {
    await this.page.goto('/scan');
  }

  /** Runs the scan over a predefined list and waits until it has finished. */
  async scan(listId = 'nifty50'): Promise<void> {
    await this.page.getByTestId('list').selectOption(listId);
    const previousRun = Number((await this.summary.getAttribute('data-run', { timeout: 100 }).catch(() => null)) ?? 0);
    await this.page.getByTestId('run').click();
    await expect(this.summary).toHaveAttribute('data-run', String(previousRun + 1), { timeout: 60_000 });
    await expect(this.summary).toContainText('completed', { timeout: 60_000 });
  }

  async resultRows(): Promise<string[]> {
    return this.results.locator('tbody tr').allInnerTexts();
  }

  /** Symbols counted per data state, e.g. { fetched: 50 }. */
  async dataCounts(): Promise<Record<string, number>> {
    const badges = await this.dataStatus.locator('li').all();
    const counts: Record<string, number> = {};
    for (const badge of badges) {
      counts[(await badge.getAttribute('data-state')) ?? '?'] = Number.parseInt(await badge.innerText(), 10);
    }
    return counts;
  }
}
