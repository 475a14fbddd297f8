import type { Locator, Page } from '@playwright/test';

/** The demo page: one button that runs the built-in scanner, a summary, a results table. */
export class DemoPage {
  readonly summary: Locator;
  readonly results: Locator;

  constructor(private readonly page: Page) {
    this.summary = page.getByTestId('summary');
    this.results = page.getByTestId('results');
  }

  async open(): Promise<void> {
    await this.page.goto('/');
  }

  async runScan(): Promise<void> {
    await this.page.getByTestId('run-demo').click();
  }

  async resultSymbols(): Promise<string[]> {
    return this.results.locator('tbody tr td:first-child').allInnerTexts();
  }
}
