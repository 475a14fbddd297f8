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
  /** One entry per plotted indicator line, labelled as the scanner declared it. */
  readonly plotLegendEntries: Locator;
  readonly plotProblems: Locator;

  constructor(private readonly page: Page) {
    this.title = page.getByTestId('symbol-title');
    this.chart = page.getByTestId('symbol-chart');
    this.quotePrice = page.getByTestId('quote-ltp');
    this.quoteError = page.getByTestId('quote-error');
    this.depthLevels = page.getByTestId('depth-level');
    this.depthError = page.getByTestId('depth-error');
    this.rowColumns = page.getByTestId('row-columns');
    this.dataState = page.getByTestId('symbol-data-state');
    this.plotLegendEntries = page.getByTestId('plot-legend-entry');
    this.plotProblems = page.getByTestId('plot-problems');
  }

  async open(exchange: string, symbol: string, runId?: string): Promise<void> {
    await this.page.goto(`/symbol/${exchange}/${encodeURIComponent(symbol)}${runId ? `?run=${runId}` : ''}`);
    await expect(this.title).toHaveText(symbol);
  }

  /** The legend entry of a plotted line, by its label. */
  plotLegendEntry(label: string): Locator {
    return this.plotLegendEntries.filter({ hasText: label });
  }

  /** The latest traded price shown. */
  async lastPrice(): Promise<number> {
    return Number.parseFloat(await this.quotePrice.innerText());
  }
}
