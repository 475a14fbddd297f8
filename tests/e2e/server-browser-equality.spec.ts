import { expect, test } from '@playwright/test';
import { loadIndexList } from '../../server/lists/index-lists.js';
import { SCANNER_TEMPLATES } from '../../src-worker/templates/index.js';
import { BrowserRunStore } from './pages/browser-run-store.js';
import { ScanPage } from './pages/scan-page.js';
import { ServerScheduledScan } from './pages/server-scheduled-scan.js';

// The browser's candles come from the server's /api/market proxy and the server's from its candle
// cache, both filled from the same built-in simulator: for the same data the rows must be identical.
const comparable = (
  rows: { symbol: string; exchange: string; signal: string; columns: Record<string, unknown>; barTime: number | null }[]
) =>
  rows
    .map(({ symbol, exchange, signal, columns, barTime }) => ({ symbol, exchange, signal, columns, barTime }))
    .sort((a, b) => `${a.exchange}:${a.symbol}`.localeCompare(`${b.exchange}:${b.symbol}`));

for (const templateId of ['technical-snapshot', 'ema-crossover']) {
  test(`a scheduled server scan of NIFTY 50 with ${templateId} gives the browser's rows`, async ({
    page,
    request
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'one viewport is enough: the comparison is of data, not layout');
    const template = SCANNER_TEMPLATES.find((candidate) => candidate.id === templateId)!;
    const scan = new ScanPage(page);
    await scan.open();
    await scan.scan('nifty50', `template:${templateId}`);
    const store = new BrowserRunStore(page);
    await expect.poll(async () => (await store.latest())?.status).toBe('completed');
    const browserRun = (await store.latest())!;
    expect(browserRun.scannerName).toBe(template.name);

    const symbols = (await loadIndexList('nifty50')).map(({ symbol }) => ({ symbol, exchange: 'NSE' }));
    const server = await new ServerScheduledScan(request).run(`${template.name} (equality)`, template.source, symbols);

    expect(server.errors).toEqual([]);
    expect(browserRun.errors).toEqual([]);
    if (templateId === 'technical-snapshot') expect(server.rows).toHaveLength(symbols.length);
    expect(comparable(server.rows)).toEqual(comparable(browserRun.rows));
  });
}
