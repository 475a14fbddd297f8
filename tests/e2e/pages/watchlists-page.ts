import { readFile } from 'node:fs/promises';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The watchlists screens: the list of watchlists (/watchlists) and one watchlist (/watchlists/:id). */
export class WatchlistsPage {
  readonly lists: Locator;
  readonly error: Locator;
  readonly notice: Locator;
  readonly symbolTable: Locator;
  readonly search: Locator;
  readonly options: Locator;
  readonly total: Locator;
  readonly title: Locator;

  constructor(private readonly page: Page) {
    this.lists = page.getByTestId('watchlists');
    this.error = page.getByTestId('error');
    this.notice = page.getByTestId('notice');
    this.symbolTable = page.getByTestId('symbol-table');
    this.search = page.getByRole('combobox', { name: 'Search symbols' });
    this.options = page.getByRole('listbox', { name: 'Matching symbols' }).getByRole('option');
    this.total = page.getByTestId('total');
    this.title = page.getByTestId('title');
  }

  async openIndex(): Promise<void> {
    await this.page.goto('/watchlists');
    await expect(this.page.getByRole('heading', { name: 'Watchlists' })).toBeVisible();
  }

  /** The row of the watchlist with exactly this name on the index screen. */
  row(name: string): Locator {
    return this.page
      .getByTestId('watchlist')
      .filter({ has: this.page.getByTestId('watchlist-name').getByText(name, { exact: true }) });
  }

  /** Creates a watchlist from the index screen and waits for its own screen. */
  async create(name: string): Promise<void> {
    await this.page.getByTestId('new-name').fill(name);
    await this.page.getByTestId('create').click();
    await expect(this.page).toHaveURL(/\/watchlists\/[0-9a-f]+$/);
    await expect(this.title).toContainText(name);
  }

  async createFromPredefined(listId: string): Promise<void> {
    await this.page.getByTestId('predefined').selectOption(listId);
    await this.page.getByTestId('create-predefined').click();
    await expect(this.page).toHaveURL(/\/watchlists\/[0-9a-f]+$/);
  }

  async rename(from: string, to: string): Promise<void> {
    await this.row(from).getByTestId('rename').click();
    await this.page.getByTestId('rename-input').fill(to);
    await this.page.getByTestId('rename-save').click();
  }

  async delete(name: string): Promise<void> {
    await this.row(name).getByTestId('delete').click();
    await expect(this.page.getByTestId('confirm-dialog')).toContainText(name);
    await this.page.getByTestId('confirm').click();
  }

  /** Types a query and waits for the autocomplete to list matches. */
  async searchFor(query: string): Promise<void> {
    await this.search.pressSequentially(query, { delay: 30 });
    await expect(this.options.first()).toBeVisible();
  }

  /** The option the combobox points at (aria-activedescendant). */
  async activeOptionText(): Promise<string> {
    const id = await this.search.getAttribute('aria-activedescendant');
    return id ? this.page.locator(`[id="${id}"]`).innerText() : '';
  }

  /** Pastes text into the bulk box (one input event, as a paste is) and adds it. */
  async paste(text: string): Promise<void> {
    await this.openBulk();
    // fill() types thousands of lines slowly; a paste lands all at once.
    await this.page.getByTestId('bulk-text').evaluate((box: HTMLTextAreaElement, value) => {
      box.value = value;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
    await this.page.getByTestId('bulk-add').click();
    await expect(this.notice).toContainText('Pasted');
  }

  async importFile(path: string): Promise<void> {
    await this.openBulk();
    await this.page.getByTestId('import-file').setInputFiles(path);
    await expect(this.notice).toContainText('Imported');
  }

  private async openBulk(): Promise<void> {
    const bulk = this.page.getByTestId('bulk');
    if ((await bulk.getAttribute('open')) === null) await bulk.locator('summary').click();
  }

  symbolRow(symbol: string, exchange = 'NSE'): Locator {
    return this.symbolTable.locator(`tr[data-symbol="${symbol}"][data-exchange="${exchange}"]`);
  }

  /** Waits until no symbol is left unchecked. */
  async waitForChecks(): Promise<void> {
    await expect(this.page.getByTestId('status-filter-unchecked')).toContainText('(0)', { timeout: 60_000 });
  }

  /** Symbols shown in the table, as `EXCHANGE:SYMBOL`. */
  async shownSymbols(): Promise<string[]> {
    return this.symbolTable
      .locator('tbody tr[data-symbol]')
      .evaluateAll((rows) =>
        rows.map((row) => `${row.getAttribute('data-exchange')}:${row.getAttribute('data-symbol')}`)
      );
  }

  async showOnly(status: 'all' | 'valid' | 'unknown' | 'unchecked'): Promise<void> {
    await this.page.getByTestId(`status-filter-${status}`).click();
  }

  /** Exports the list and returns the downloaded file's name and text. */
  async export(format: 'csv' | 'tradingview'): Promise<{ fileName: string; text: string }> {
    const [download]: [Download, void] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId(`export-${format}`).click()
    ]);
    return { fileName: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
  }
}
