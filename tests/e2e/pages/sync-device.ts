import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { ScannerEditorPage } from './scanner-editor-page.js';
import { ScannersPage } from './scanners-page.js';
import { WatchlistsPage } from './watchlists-page.js';

/** A scanner source whose header names it (the editor keeps the name field and header in step). */
export const scannerSource = (name: string, body: string) =>
  `/**\n * @name ${name}\n * @interval D\n * @lookback 50\n */\n${body}\n`;

/**
 * One device: its own browser context (own IndexedDB and localStorage) with a page for the
 * scanners and one for watchlists, both opened while online so they keep working offline.
 */
export class SyncDevice {
  private constructor(
    readonly context: BrowserContext,
    readonly scannerPage: Page,
    readonly watchlistPage: Page
  ) {}

  static async open(
    browser: Browser,
    baseURL: string,
    viewport?: { width: number; height: number } | null
  ): Promise<SyncDevice> {
    const context = await browser.newContext({ baseURL, ...(viewport ? { viewport } : {}) });
    return new SyncDevice(context, await context.newPage(), await context.newPage());
  }

  get scanners() {
    return new ScannersPage(this.scannerPage);
  }
  get editor() {
    return new ScannerEditorPage(this.scannerPage);
  }
  get watchlists() {
    return new WatchlistsPage(this.watchlistPage);
  }

  async createScanner(name: string, body: string): Promise<void> {
    await this.scanners.open();
    await this.scanners.newBlank();
    await this.editor.setCode(scannerSource(name, body));
    await this.editor.save();
  }

  async openScanner(id: string): Promise<void> {
    await this.scannerPage.goto(`/scanners/${id}`);
    await expect(this.editor.root).toBeVisible();
  }

  async setScannerCode(name: string, body: string): Promise<void> {
    await this.editor.setCode(scannerSource(name, body));
    await this.editor.save();
  }

  async createWatchlist(name: string, symbols: string): Promise<void> {
    await this.watchlists.openIndex();
    await this.watchlists.create(name);
    await this.watchlists.paste(symbols);
  }

  async openWatchlist(id: string): Promise<void> {
    await this.watchlistPage.goto(`/watchlists/${id}`);
    await expect(this.watchlists.title).toBeVisible();
  }

  async removeSymbol(symbol: string, exchange = 'NSE'): Promise<void> {
    await this.watchlistPage.getByRole('button', { name: `Remove ${exchange}:${symbol}` }).click();
    await expect(this.watchlists.symbolRow(symbol, exchange)).toHaveCount(0);
  }

  /** Reopens the scanners list until its names (sorted) satisfy `check`: each load syncs, and the list is read once per load. */
  async expectScannerNames(check: (names: string[]) => void): Promise<void> {
    await expect(async () => {
      await this.scanners.open();
      await this.scannerPage.waitForTimeout(500);
      await this.scannerPage.reload();
      await expect(this.scanners.names.first()).toBeVisible({ timeout: 2000 });
      check((await this.scanners.names.allInnerTexts()).sort());
    }).toPass({ timeout: 45_000 });
  }

  /** The watchlist screen follows IndexedDB live; waits for its symbols (sorted) to equal `symbols`. */
  async expectSymbols(id: string, symbols: string[]): Promise<void> {
    await this.openWatchlist(id);
    await expect
      .poll(async () => (await this.watchlists.shownSymbols()).sort(), { timeout: 45_000 })
      .toEqual(symbols.map((s) => `NSE:${s}`).sort());
  }

  async setOffline(offline: boolean): Promise<void> {
    await this.context.setOffline(offline);
  }
}
