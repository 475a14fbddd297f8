import { expect, test } from '@playwright/test';
import { ScanPage } from './pages/scan-page.js';
import { ScannerEditorPage } from './pages/scanner-editor-page.js';
import { SymbolPage } from './pages/symbol-page.js';

const SCANNER = `/**
 * @name Ichimoku and squeeze plots
 * @interval D
 * @lookback 200
 * @plot ICHIMOKU(high, low, close, 9, 26, 52, 26) style=cloud label="Ichimoku"
 * @plot CE(high, low, close, 22, 3) style=band label="CE"
 * @plot SQUEEZE(high, low, close)[1] pane=lower style=histogram label="Squeeze momentum"
 */
const [conversion, base] = ta.ICHIMOKU(high, low, close);
Filter = last(conversion) > 0 && last(base) > 0;
AddColumn('Close', close, '1.2');
`;

test('the editor explains a ta function on hover, and the symbol view draws the cloud, a band and a histogram', async ({
  page
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const editor = new ScannerEditorPage(page);
  await page.goto('/scanners/new');
  await editor.setCode(SCANNER);
  await page.getByText('ICHIMOKU', { exact: true }).first().hover();
  const hover = page.getByTestId('ta-hover');
  await expect(hover).toContainText('ta.ICHIMOKU(high, low, close, conversionInterval=9');
  await expect(hover).toContainText('Returns [outConversion, outBase, outSpanA, outSpanB, outLagging]');
  await expect(editor.noProblems).toBeVisible();
  await editor.save();
  const scannerId = new URL(page.url()).pathname.split('/').at(-1)!;

  const scan = new ScanPage(page);
  await scan.open();
  await scan.scan('nifty50', `saved:${scannerId}`);
  await scan.results.getByTestId('result-row').first().click();
  const symbolPage = new SymbolPage(page);
  await expect(symbolPage.chart.locator('canvas').first()).toBeVisible({ timeout: 30_000 });
  await expect(symbolPage.plotProblems).toHaveCount(0);
  await expect(symbolPage.plotLegendEntries).toHaveText([
    'Ichimoku conversion',
    'Ichimoku base',
    'Ichimoku span a',
    'Ichimoku span b',
    'Ichimoku lagging',
    'Ichimoku cloud',
    'CE long stop',
    'CE short stop',
    'CE band',
    'Squeeze momentum'
  ]);
  await expect(symbolPage.plotLegendEntry('Ichimoku cloud')).toHaveAttribute('data-kind', 'fill');
  await expect(symbolPage.plotLegendEntry('CE band')).toHaveAttribute('data-kind', 'fill');
  await expect(symbolPage.plotLegendEntry('Squeeze momentum')).toHaveAttribute('data-kind', 'histogram');
  await expect(symbolPage.plotLegendEntry('Squeeze momentum')).toHaveAttribute('data-pane', 'lower');
  // The cloud's translucent green or red is painted on the price pane's canvas.
  const cloudPixels = await symbolPage.chart.evaluate((chart) =>
    Array.from(chart.querySelectorAll('canvas')).reduce((count, canvas) => {
      const context = canvas.getContext('2d');
      if (!context || canvas.width === 0 || canvas.height === 0) return count;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b, a] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
        if (a > 0 && a < 120 && ((g > r + 20 && g > b) || (r > g + 20 && r > b))) count++;
      }
      return count;
    }, 0)
  );
  expect(cloudPixels).toBeGreaterThan(500);
  expect(errors).toEqual([]);
});
