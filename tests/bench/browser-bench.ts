import { chromium, type Browser } from '@playwright/test';
import type { z } from 'zod';
import { browserBenchReportSchema, type BrowserBenchReport } from '../../src/routes/bench/browser-bench-report.js';
import { cacheBenchReportSchema, type CacheBenchReport } from '../../src/routes/bench/indexeddb/cache-bench-report.js';
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
export type CacheLoadFigures = Extract<CacheBenchReport, { status: 'done' }>;

/** Each bench page's figures, or why that page gave none. */
export interface BrowserSuites {
  engine: BrowserFigures | Error;
  cacheLoad: CacheLoadFigures | Error;
}

/** Where a bench page publishes its report. */
type ReportGlobal = '__fluxscanBench' | '__fluxscanCacheBench';
type PageReport = { status: 'running'; phase: string } | { status: 'failed'; message: string } | { status: 'done' };

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/** Opens `url` in a fresh context and waits for the report the page publishes on `window[global]`. */
async function readBenchPage<T extends PageReport>(
  browser: Browser,
  url: string,
  global: ReportGlobal,
  schema: z.ZodType<T>,
  timeoutMs: number
): Promise<Extract<T, { status: 'done' }>> {
  const page = await browser.newPage();
  try {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(url);
    const settled = await page
      .waitForFunction((name) => (window[name]?.status ?? 'running') !== 'running' && window[name], global, { timeout: timeoutMs })
      .catch(async () => {
        const last = await page.evaluate((name) => window[name], global).catch(() => undefined);
        const doing = last?.status === 'running' ? ` (still ${last.phase})` : '';
        throw new Error(`${url} gave no result within ${timeoutMs / 1000} s${doing}${pageErrors.length ? `; page errors: ${pageErrors.join('; ')}` : ''}`);
      });
    const report: PageReport = schema.parse(await settled.jsonValue());
    if (report.status === 'failed') throw new Error(report.message);
    if (report.status !== 'done') throw new Error(`${url} did not finish`);
    return report as Extract<T, { status: 'done' }>;
  } finally {
    await page.context().close();
  }
}

/**
 * Builds the app if needed, serves it and opens each bench page in Chromium: /bench (the browser
 * worker pool), then /bench/indexeddb (the candle cache). A page that fails gives its Error; the
 * other still runs. Always stops the browser and server.
 * @example const { engine, cacheLoad } = await measureInChromium({ dataDir: 'bench-results/server-data' })
 */
export async function measureInChromium({ dataDir, timeoutMs = 120_000 }: { dataDir: string; timeoutMs?: number }): Promise<BrowserSuites> {
  let rebuiltApp: boolean;
  let server: Awaited<ReturnType<typeof startAppServer>> | undefined;
  let browser: Browser;
  try {
    rebuiltApp = await ensureAppBuilt();
    server = await startAppServer(dataDir);
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  } catch (error) {
    await server?.stop();
    return { engine: asError(error), cacheLoad: asError(error) };
  }
  try {
    const engine = await readBenchPage(browser, `${server.url}/bench`, '__fluxscanBench', browserBenchReportSchema, timeoutMs).then(
      (report): BrowserFigures => ({ ...report, rebuiltApp }),
      asError
    );
    const cacheLoad = await readBenchPage(browser, `${server.url}/bench/indexeddb`, '__fluxscanCacheBench', cacheBenchReportSchema, timeoutMs).catch(asError);
    return { engine, cacheLoad };
  } finally {
    await browser.close();
    await server.stop();
  }
}
