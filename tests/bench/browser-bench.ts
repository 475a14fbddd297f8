import { chromium } from '@playwright/test';
import { browserBenchReportSchema, type BrowserBenchReport } from '../../src/routes/bench/browser-bench-report.js';
import { ensureAppBuilt, startAppServer } from './app-server.js';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic'
];

export type BrowserFigures = Extract<BrowserBenchReport, { status: 'done' }> & { rebuiltApp: boolean };

/**
 * Builds the app if needed, serves it, opens /bench in Chromium and returns what
 * the page measured with the browser worker pool. Always stops the browser and server.
 * @example const figures = await measureBrowserPool({ dataDir: 'bench-results/server-data' })
 */
export async function measureBrowserPool({ dataDir, timeoutMs = 120_000 }: { dataDir: string; timeoutMs?: number }): Promise<BrowserFigures> {
  const rebuiltApp = await ensureAppBuilt();
  const server = await startAppServer(dataDir);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS }).catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  try {
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${server.url}/bench`);
    const settled = await page
      .waitForFunction(() => (window.__fluxscanBench?.status ?? 'running') !== 'running' && window.__fluxscanBench, null, { timeout: timeoutMs })
      .catch(async () => {
        const last = await page.evaluate(() => window.__fluxscanBench).catch(() => undefined);
        const doing = last?.status === 'running' ? ` (still ${last.phase})` : '';
        throw new Error(`the bench page gave no result within ${timeoutMs / 1000} s${doing}${pageErrors.length ? `; page errors: ${pageErrors.join('; ')}` : ''}`);
      });
    const report = browserBenchReportSchema.parse(await settled.jsonValue());
    if (report.status !== 'done') throw new Error(report.status === 'failed' ? report.message : 'the bench page did not finish');
    return { ...report, rebuiltApp };
  } finally {
    await browser.close();
    await server.stop();
  }
}
