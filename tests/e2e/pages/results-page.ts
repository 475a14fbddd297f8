import { expect, type Download, type Locator, type Page } from '@playwright/test';
import type { ScanRun } from '../../../src/lib/runs/run-schema.js';

/** The run store's IndexedDB, as the app's schema lays it out. */
const RUN_DATABASE = 'fluxscan-runs';

/** Run history: `/runs`, and seeding it through the app's own IndexedDB schema. */
export class RunsPage {
  readonly table: Locator;
  readonly rows: Locator;
  readonly total: Locator;
  readonly pageLabel: Locator;
  readonly scannerFilter: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByTestId('runs-table');
    this.rows = page.getByTestId('run-row');
    this.total = page.getByTestId('runs-total');
    this.pageLabel = page.getByTestId('runs-page');
    this.scannerFilter = page.getByTestId('runs-scanner-filter');
  }

  async open(): Promise<void> {
    await this.page.goto('/runs');
    await expect(this.total).toBeVisible();
  }

  /**
   * Stores runs exactly as the app does (a summary in `runs`, rows/errors/provenance in `results`),
   * after the app has opened and created the database.
   */
  async seed(runs: ScanRun[]): Promise<void> {
    await this.open();
    await this.page.evaluate(
      async ({ name, runs }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(name);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        await new Promise<void>((resolve, reject) => {
          const transaction = db.transaction(['runs', 'results'], 'readwrite');
          for (const { rows, errors, dataStatus, ...summary } of runs) {
            transaction.objectStore('runs').put(summary);
            transaction.objectStore('results').put({ id: summary.id, rows, errors, dataStatus });
          }
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
        });
        db.close();
      },
      { name: RUN_DATABASE, runs }
    );
  }

  async next(): Promise<void> {
    await this.page.getByTestId('runs-next').click();
  }

  async scannerNames(): Promise<string[]> {
    return this.rows.locator('td:first-child').allInnerTexts();
  }

  async openRun(id: string): Promise<void> {
    await this.page.locator(`[data-run-id="${id}"] a`).click();
  }
}

/** One run: summary, comparison, exports and the virtualised results table. */
export class ResultsPage {
  readonly scroller: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly count: Locator;
  readonly filter: Locator;
  readonly signalFilter: Locator;
  readonly comparison: Locator;

  constructor(private readonly page: Page) {
    this.scroller = page.getByTestId('results-scroller');
    this.table = page.getByTestId('results-table');
    this.rows = page.getByTestId('result-row');
    this.count = page.getByTestId('results-count');
    this.filter = page.getByTestId('results-filter');
    this.signalFilter = page.getByTestId('results-signal-filter');
    this.comparison = page.getByTestId('comparison');
  }

  async open(runId: string): Promise<void> {
    await this.page.goto(`/runs/${encodeURIComponent(runId)}`);
    await expect(this.rows.first()).toBeVisible();
  }

  /** A column header by sort key: `symbol`, `signal`, `barTime` or `column:<name>`. */
  header(key: string): Locator {
    return this.table.locator(`thead th[data-sort-key=${JSON.stringify(key)}]`);
  }

  /** Sorts by an AddColumn as a user would: its header on a wide screen, the Sort menu on a phone (rows are cards there). */
  async sortBy(column: string): Promise<void> {
    if (this.page.viewportSize()!.width >= 640) {
      await this.header(`column:${column}`).getByRole('button').click();
      return;
    }
    const key = `column:${column}`;
    const menu = this.page.getByTestId('results-sort');
    if ((await menu.inputValue()) === key) await this.page.getByTestId('results-sort-direction').click();
    else await menu.selectOption(key);
  }

  /** The text of one column in the rendered rows, top to bottom. */
  async columnTexts(column: string): Promise<string[]> {
    const index = await this.table
      .locator('thead th')
      .evaluateAll(
        (headers, key) => headers.findIndex((header) => header.getAttribute('data-sort-key') === key),
        `column:${column}`
      );
    return this.rows.evaluateAll(
      (rows, index) => rows.map((row) => (row as HTMLTableRowElement).cells[index].innerText),
      index
    );
  }

  async renderedSymbols(): Promise<string[]> {
    return this.rows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-symbol') ?? ''));
  }

  async countText(): Promise<string> {
    return this.count.innerText();
  }

  async setColumnVisible(column: string, visible: boolean): Promise<void> {
    const menu = this.page.getByTestId('results-columns');
    if (!(await menu.evaluate((details) => (details as HTMLDetailsElement).open)))
      await menu.locator('summary').click();
    await menu.getByRole('checkbox', { name: column, exact: true }).setChecked(visible);
    await menu.locator('summary').click();
  }

  async scrollToBottom(): Promise<void> {
    await this.scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  }

  async scrollRight(): Promise<void> {
    await this.scroller.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
  }

  /** Clicks an export button and returns the download. */
  async download(format: 'csv' | 'json' | 'xlsx'): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId(`export-${format}`).click()
    ]);
    return download;
  }
}
