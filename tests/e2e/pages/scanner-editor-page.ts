import { expect, type Locator, type Page } from '@playwright/test';

/** The scanner editor: fields, CodeMirror code, problems, parameters and the one-symbol test run. */
export class ScannerEditorPage {
  readonly root: Locator;
  readonly name: Locator;
  readonly category: Locator;
  readonly description: Locator;
  readonly code: Locator;
  readonly diagnostics: Locator;
  readonly noProblems: Locator;
  readonly saveButton: Locator;
  readonly saved: Locator;
  readonly saveError: Locator;
  readonly paramForm: Locator;
  readonly testResult: Locator;
  readonly testColumns: Locator;
  readonly errorLine: Locator;
  readonly confirmDialog: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('scanner-editor');
    this.name = page.getByLabel('Name', { exact: true });
    this.category = page.getByLabel('Category', { exact: true });
    this.description = page.getByLabel('Description', { exact: true });
    this.code = page.locator('.cm-content');
    this.diagnostics = page.getByTestId('diagnostics');
    this.noProblems = page.getByTestId('diagnostics-ok');
    this.saveButton = page.getByTestId('save');
    this.saved = page.getByTestId('saved');
    this.saveError = page.getByTestId('save-error');
    this.paramForm = page.getByTestId('param-form');
    this.testResult = page.getByTestId('test-result');
    this.testColumns = page.getByTestId('test-columns');
    this.errorLine = page.locator('.cm-line[data-error-line]');
    this.confirmDialog = page.getByTestId('confirm-dialog');
  }

  /** Replaces the whole scanner source as if pasted. */
  async setCode(source: string): Promise<void> {
    await this.code.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.insertText(source);
    await this.page.keyboard.press('Escape');
  }

  /** The text of a (1-based) line of code; the editor renders the lines near the top without scrolling. */
  codeLine(line: number): Locator {
    return this.page.locator('.cm-content > .cm-line').nth(line - 1);
  }

  async saveWithKeyboard(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+S');
    await this.expectSaved();
  }

  async save(): Promise<void> {
    await this.saveButton.click();
    await this.expectSaved();
  }

  private async expectSaved(): Promise<void> {
    await expect(this.saved).toBeVisible();
    await expect(this.root).toHaveAttribute('data-dirty', 'false');
    await expect(this.page).toHaveURL(/\/scanners\/[0-9a-f-]{36}$/);
  }

  /** The problems list entry for a line. */
  problemOnLine(line: number): Locator {
    return this.diagnostics.locator(`li[data-line="${line}"]`);
  }

  param(label: string): Locator {
    return this.paramForm.getByLabel(label, { exact: true });
  }

  /** Runs the test on a symbol and waits for its outcome ('match', 'no-match' or 'error'). */
  async testRun(symbol = 'INFY', exchange = 'NSE'): Promise<string> {
    await this.page.getByLabel('Symbol', { exact: true }).fill(symbol);
    await this.page.getByRole('combobox', { name: 'Exchange', exact: true }).selectOption(exchange);
    const previousRun = Number(await this.testResult.getAttribute('data-run'));
    await this.page.getByTestId('test-run-button').click();
    await expect(this.testResult).toHaveAttribute('data-run', String(previousRun + 1), { timeout: 60_000 });
    return (await this.testResult.getAttribute('data-kind')) ?? '';
  }

  /** The test run's columns as { name: shown value }. */
  async testColumnValues(): Promise<Record<string, string>> {
    const rows = await this.testColumns.locator('tbody tr').all();
    const values: Record<string, string> = {};
    for (const row of rows) {
      const [name, value] = await row.locator('td').allInnerTexts();
      values[name] = value;
    }
    return values;
  }
}
