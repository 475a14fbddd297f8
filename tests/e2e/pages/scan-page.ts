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
    this.results = page.getByTestId('results-table');
    this.dataStatus = page.getByTestId('data-status');
    this.demoBanner = page.getByTestId('demo-banner');
    this.offlineNotice = page.getByTestId('network-status');
    this.errors = page.getByTestId('errors');
  }

  async open(): Promise<void> {
    await this.page.goto('/scan');
  }

  /**
   * Runs a scanner over a predefined NSE list and waits until it has finished. The default
   * scanner, the technical-snapshot exploration, lists every symbol, so results are never empty.
   */
  async scan(listId = 'nifty50', scanner = 'template:technical-snapshot'): Promise<void> {
    await expect(this.page.getByTestId('scanner').locator(`option[value="${scanner}"]`)).toHaveCount(1);
    // On a phone a finished scan folds the form into one line: open it again, as a user would.
    if (await this.page.getByTestId('edit-setup').isVisible()) await this.page.getByTestId('edit-setup').click();
    await this.page.getByTestId('scanner').selectOption(scanner);
    await this.page.getByTestId('list').selectOption(`predefined:${listId}`);
    const previousRun = Number((await this.summary.getAttribute('data-run', { timeout: 100 }).catch(() => null)) ?? 0);
    await this.page.getByTestId('run').click();
    await expect(this.summary).toHaveAttribute('data-run', String(previousRun + 1), { timeout: 60_000 });
    await expect(this.summary).toContainText('completed', { timeout: 60_000 });
  }

  async resultRows(): Promise<string[]> {
    return this.results.getByTestId('result-row').allInnerTexts();
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
