import { expect, type Locator, type Page } from '@playwright/test';

/** The scanners list: create, find, clone, delete, export and import scanners. */
export class ScannersPage {
  readonly cards: Locator;
  readonly emptyState: Locator;
  readonly notice: Locator;
  readonly search: Locator;
  readonly confirmDialog: Locator;
  /** Every listed scanner's name, in list order. */
  readonly names: Locator;

  constructor(private readonly page: Page) {
    this.cards = page.getByTestId('scanner-card');
    this.emptyState = page.getByTestId('empty-state');
    this.notice = page.getByTestId('list-notice');
    this.search = page.getByTestId('search');
    this.confirmDialog = page.getByTestId('confirm-dialog');
    this.names = page.getByTestId('scanner-list').getByTestId('scanner-name');
  }

  async open(): Promise<void> {
    await this.page.goto('/scanners');
    await expect(this.page.getByRole('heading', { name: 'Scanners', level: 1 })).toBeVisible();
  }

  /** The card whose name is exactly `name`. */
  card(name: string): Locator {
    return this.cards.filter({ has: this.page.getByTestId('scanner-name').getByText(name, { exact: true }) });
  }

  /** Opens the template picker and follows a template's link with the keyboard. */
  async newFromTemplate(templateId: string): Promise<void> {
    await this.page.getByTestId('new-from-template').focus();
    await this.page.keyboard.press('Enter');
    const option = this.page.locator(`[data-testid="template-option"][data-template-id="${templateId}"]`);
    await option.focus();
    await this.page.keyboard.press('Enter');
    await expect(this.page).toHaveURL(new RegExp(`/scanners/new\\?template=${templateId}$`));
  }

  async newBlank(): Promise<void> {
    await this.page.getByTestId('new-blank').click();
    await expect(this.page).toHaveURL(/\/scanners\/new\?template=blank$/);
  }

  async clone(name: string): Promise<void> {
    await this.card(name).getByTestId('clone').click();
  }

  /** Deletes through the confirmation dialog (or cancels it). */
  async delete(name: string, confirm = true): Promise<void> {
    await this.card(name).getByTestId('delete').click();
    await expect(this.confirmDialog).toBeVisible();
    await expect(this.confirmDialog.getByTestId('delete-name')).toHaveText(name);
    await this.confirmDialog.getByTestId(confirm ? 'confirm-ok' : 'confirm-cancel').click();
    await expect(this.confirmDialog).toBeHidden();
  }

  /** Exports a scanner and returns the downloaded file's name and text. */
  async export(name: string): Promise<{ fileName: string; text: string }> {
    const downloading = this.page.waitForEvent('download');
    await this.card(name).getByTestId('export').click();
    const download = await downloading;
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(Buffer.from(chunk));
    return { fileName: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }

  async import(fileName: string, text: string): Promise<void> {
    await this.page
      .getByTestId('import-input')
      .setInputFiles({ name: fileName, mimeType: 'text/javascript', buffer: Buffer.from(text, 'utf8') });
  }
}
