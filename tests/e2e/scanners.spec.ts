import { expect, test, type Page } from '@playwright/test';
import { parseScannerHeader } from '../../src-worker/contract/scanner-header.js';
import { ScannerEditorPage } from './pages/scanner-editor-page.js';
import { ScannersPage } from './pages/scanners-page.js';

const closeAbove = (name: string, extra = '') => `/**
 * @name ${name}
 * @category Test
 * @description Close above a threshold
 * @interval D
 * @lookback 120
 * @param minClose number 0 [0..] Minimum close
 */
Filter = last(close) > params.minClose;
AddColumn('Close', close, '1.2');
AddColumn('Bars', close.length, '1.0');
${extra}`;

/** Saves a new scanner with the given source from the blank template; returns its editor. */
async function createScanner(page: Page, source: string): Promise<ScannerEditorPage> {
  const list = new ScannersPage(page);
  await list.open();
  await list.newBlank();
  const editor = new ScannerEditorPage(page);
  await editor.setCode(source);
  await editor.save();
  await expect(page).toHaveURL(/\/scanners\/[0-9a-f-]{36}$/);
  return editor;
}

test('a scanner created from a template is edited, saved with Ctrl+S and listed', async ({ page }) => {
  const list = new ScannersPage(page);
  await list.open();
  await expect(list.emptyState).toBeVisible();

  await list.newFromTemplate('ema-crossover');
  const editor = new ScannerEditorPage(page);
  await expect(editor.name).toHaveValue('10/20 EMA Crossover');
  await expect(editor.category).toHaveValue('Trend');
  await expect(editor.noProblems).toBeVisible({ timeout: 30_000 });
  await expect(editor.param('Fast EMA period')).toHaveValue('10');

  // The name field and the code's header stay in sync.
  await editor.name.fill('My EMA cross');
  await expect(editor.codeLine(2)).toHaveText(' * @name My EMA cross');
  await expect(editor.root).toHaveAttribute('data-dirty', 'true');
  await editor.saveWithKeyboard();
  await expect(page).toHaveURL(/\/scanners\/[0-9a-f-]{36}$/);

  // Editing the header in the code updates the field.
  await editor.codeLine(3).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' x');
  await expect(editor.category).toHaveValue('Trend x');
  await editor.saveWithKeyboard();

  await list.open();
  const card = list.card('My EMA cross');
  await expect(card).toBeVisible();
  await expect(card.getByTestId('scanner-category')).toHaveText('Trend x');
  await expect(card.getByTestId('scanner-last-run')).toHaveText('never');
  await list.search.fill('nothing like this');
  await expect(page.getByTestId('no-matches')).toBeVisible();
  await list.search.fill('ema');
  await expect(card).toBeVisible();
});

test('a syntax error shows a marker on its line until it is fixed', async ({ page }) => {
  const list = new ScannersPage(page);
  await list.open();
  await list.newBlank();
  const editor = new ScannerEditorPage(page);
  await editor.setCode(closeAbove('Syntax check', 'const broken = (1 + ;\n'));

  const problem = editor.problemOnLine(12);
  await expect(problem).toBeVisible({ timeout: 30_000 });
  await expect(problem).toHaveAttribute('data-severity', 'error');
  await expect(problem).toContainText('Line 12');
  await expect(editor.codeLine(12).locator('.cm-lintRange-error')).toBeVisible();
  await expect(page.locator('.cm-lint-marker-error')).toHaveCount(1);

  await editor.codeLine(12).click();
  await page.keyboard.press('End');
  for (let i = 0; i < 'const broken = (1 + ;'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('const fixed = 1 + 2;');
  await expect(editor.noProblems).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.cm-lintRange-error')).toHaveCount(0);
});

test('the editor completes ta functions with their signature and the contract names', async ({ page }) => {
  const list = new ScannersPage(page);
  await list.open();
  await list.newBlank();
  const editor = new ScannerEditorPage(page);
  await editor.setCode(closeAbove('Completion', ''));
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('const e = ta.EM');
  const popup = page.locator('.cm-tooltip-autocomplete');
  await expect(popup.getByRole('option', { name: 'EMA(real, timeperiod=30)', exact: true })).toHaveAttribute(
    'aria-selected',
    'true'
  );
  await expect(page.locator('.cm-completionInfo')).toContainText('Exponential Moving Average');
  await expect(page.getByTestId('diagnostics-pending')).toHaveCount(0);
  // CodeMirror ignores Enter for 75 ms after the list last changed, so a fast robot's Enter is not taken for a slip.
  await page.waitForTimeout(150);
  await page.keyboard.press('Enter');
  await expect(editor.code).toContainText('const e = ta.EMA');
  await page.keyboard.press('Enter');
  await page.keyboard.type('crosso');
  await expect(popup.getByRole('option', { name: 'crossovercrossover(a, b)', exact: true })).toBeVisible();
  await expect(page.locator('.cm-completionInfo')).toContainText('crossed above');
});

test('a test run on INFY shows columns, follows the parameter form and highlights a failing line', async ({ page }) => {
  const editor = await createScanner(page, closeAbove('Close above'));

  expect(await editor.testRun('INFY', 'NSE')).toBe('match');
  const columns = await editor.testColumnValues();
  expect(Object.keys(columns)).toEqual(['Close', 'Bars']);
  expect(Number(columns.Close)).toBeGreaterThan(0);
  expect(columns.Bars).toBe('120');
  await expect(page.getByTestId('test-data')).toContainText('NSE:INFY');

  await editor.param('Minimum close').fill('1000000');
  expect(await editor.testRun()).toBe('no-match');
  await expect(editor.testResult).toContainText('INFY does not match');

  await editor.param('Minimum close').fill('-5');
  await expect(page.getByTestId('param-error')).toBeVisible();
  await expect(page.getByTestId('test-run-button')).toBeDisabled();
  await editor.paramForm.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(editor.param('Minimum close')).toHaveValue('0');

  await editor.setCode(closeAbove('Close above', 'const missing = null;\nAddColumn("Oops", missing.value);\n'));
  expect(await editor.testRun()).toBe('error');
  await expect(editor.testResult).toContainText('Line 13');
  await expect(editor.errorLine).toHaveCount(1);
  await expect(editor.errorLine).toContainText('missing.value');
});

test('a scanner is cloned, then the copy is deleted after confirming', async ({ page }) => {
  await createScanner(page, closeAbove('Cloneable'));
  const list = new ScannersPage(page);
  await list.open();
  await list.clone('Cloneable');
  await expect(list.notice).toContainText('Cloned as "Cloneable (copy)"');
  await list.clone('Cloneable');
  await expect(list.notice).toContainText('Cloned as "Cloneable (copy 2)"');
  // Most recently saved first.
  await expect(list.names).toHaveText(['Cloneable (copy 2)', 'Cloneable (copy)', 'Cloneable']);

  await list.delete('Cloneable (copy)', false);
  await expect(list.card('Cloneable (copy)')).toBeVisible();
  await list.delete('Cloneable (copy)');
  await expect(list.card('Cloneable (copy)')).toHaveCount(0);
  await expect(list.names).toHaveText(['Cloneable (copy 2)', 'Cloneable']);
});

test('an exported scanner file carries its header and imports back', async ({ page }) => {
  await createScanner(page, closeAbove('Round trip'));
  const list = new ScannersPage(page);
  await list.open();

  const { fileName, text } = await list.export('Round trip');
  expect(fileName).toBe('round-trip.js');
  const header = parseScannerHeader(text);
  expect('data' in header && header.data).toMatchObject({
    name: 'Round trip',
    category: 'Test',
    description: 'Close above a threshold',
    interval: 'D',
    lookback: 120,
    parameters: [{ name: 'minClose', type: 'number', default: 0, min: 0 }]
  });
  expect(text).toContain('Filter = last(close) > params.minClose;');

  // The name is taken while the original exists, so the import is renamed.
  await list.import(fileName, text);
  await expect(list.notice).toContainText('Imported "Round trip (imported)"');
  await list.delete('Round trip');
  await list.delete('Round trip (imported)');
  await expect(list.emptyState).toBeVisible();

  await list.import(fileName, text);
  await expect(list.notice).toContainText('Imported "Round trip"');
  await expect(list.card('Round trip').getByTestId('scanner-category')).toHaveText('Test');
  await list.card('Round trip').getByTestId('scanner-name').click();
  const editor = new ScannerEditorPage(page);
  await expect(editor.description).toHaveValue('Close above a threshold');
  expect(await editor.testRun()).toBe('match');

  await list.open();
  await list.import('broken.js', '/**\n * @param fast integer x\n */\nFilter = true;\n');
  await expect(list.notice).toContainText('broken.js, line 2');
});

test('an XSS payload as a scanner name renders as inert text', async ({ page }) => {
  const payload = '<img src=x onerror=window.__xss=1>';
  const list = new ScannersPage(page);
  await list.open();
  await list.newBlank();
  const editor = new ScannerEditorPage(page);
  await editor.name.fill(payload);
  await editor.description.fill(payload);
  await editor.save();

  await list.open();
  await expect(list.card(payload)).toBeVisible();
  await expect(list.card(payload)).toContainText(payload);
  await expect(page.locator('[data-testid="scanner-list"] img')).toHaveCount(0);
  await list.card(payload).getByTestId('delete').click();
  await expect(page.getByTestId('delete-name')).toHaveText(payload);
  await page.getByTestId('confirm-cancel').click();
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
});

test('leaving with unsaved changes asks first', async ({ page }) => {
  const editor = await createScanner(page, closeAbove('Guarded'));
  await editor.description.fill('changed');
  await page.getByRole('link', { name: '← Scanners' }).click();
  await expect(editor.confirmDialog).toBeVisible();
  await editor.confirmDialog.getByTestId('confirm-cancel').click();
  await expect(editor.root).toBeVisible();
  await expect(editor.description).toHaveValue('changed');

  await page.getByRole('link', { name: '← Scanners' }).click();
  await editor.confirmDialog.getByTestId('confirm-ok').click();
  const list = new ScannersPage(page);
  await expect(list.card('Guarded')).toBeVisible();
  await expect(list.card('Guarded')).not.toContainText('changed');
});

test('a name typed in the field wins over the @name of code pasted after it, and saves', async ({ page }) => {
  const list = new ScannersPage(page);
  await list.open();
  await list.newBlank();
  const editor = new ScannerEditorPage(page);
  await editor.name.fill('My close filter');
  await editor.setCode(closeAbove('Pasted header name'));
  await expect(editor.name).toHaveValue('My close filter');
  await editor.save();
  await expect(editor.codeLine(2)).toHaveText(' * @name My close filter');
  await list.open();
  await expect(list.card('My close filter')).toBeVisible();
  await expect(list.card('Pasted header name')).toHaveCount(0);

  // An empty (or untouched) field still takes the name from the code's header.
  await list.newBlank();
  await editor.name.fill('');
  await editor.setCode(closeAbove('From the header'));
  await expect(editor.name).toHaveValue('From the header');
});
