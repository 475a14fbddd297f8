import { expect, type Locator, type Page } from '@playwright/test';

/** The symbol view: chart, latest quote, depth and, from a run, that row's columns. */
export class SymbolPage {
  readonly title: Locator;
  readonly chart: Locator;
  readonly quotePrice: Locator;
  readonly quoteError: Locator;
  readonly depthLevels: Locator;
  readonly depthError: Locator;
  readonly rowColumns: Locator;
  readonly dataState: Locator;

  constructor(private readonly page: Page) {
    this.title = page.getByTestId('symbol-title');
    this.chart = page.getByTestId('symbol-chart');
    this.quotePrice = page.getByTestId('quote-ltp');
    this.quoteError = page.getByTestId('quote-error');
    this.depthLevels = page.getByTestId('depth-level');
    this.depthError = page.getByTestId('depth-error');
    this.rowColumns = page.getByTestId('row-columns');
    this.dataState = page.getByTestId('symbol-data-state');
  }

  async open(exchange: string, symbol: string, runId?: string): Promise<void> {
    await this.page.goto(`/symbol/${exchange}/${encodeURIComponent(symbol)}${runId ? `?run=${runId}` : ''}`);
    await expect(this.title).toHaveText(symbol);
  }

  /** The latest traded price shown. */
  async lastPrice(): Promise<number> {
    return Number.parseFloat(await this.quotePrice.innerText());
  }
}
