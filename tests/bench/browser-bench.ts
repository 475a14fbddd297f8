import { chromium, type Browser } from '@playwright/test';
import type { z } from 'zod';
import { browserBenchReportSchema, type BrowserBenchReport } from '../../src/routes/bench/browser-bench-report.js';
import { cacheBenchReportSchema, type CacheBenchReport } from '../../src/routes/bench/indexeddb/cache-bench-report.js';
import { ensureAppBuilt, startAppServer } from './app-server.js';
import { asError, readPageReport, type ReportGlobal } from './page-report.js';
import { measurePageLoad, type PageLoadFigures } from './page-load-bench.js';
import { measureScanScreen, type ScanScreenFigures } from './scan-screen-bench.js';
import { measureShippedJs, type ShippedJsFigures } from './shipped-js.js';

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

/** Each suite's figures, or why that suite gave none. */
export interface BrowserSuites {
  engine: BrowserFigures | Error;
  cacheLoad: CacheLoadFigures | Error;
  scanScreen: ScanScreenFigures | Error;
  pageLoad: PageLoadFigures | Error;
  shippedJs: ShippedJsFigures | Error;
}

type PageReport = { status: 'running'; phase: string } | { status: 'failed'; message: string } | { status: 'done' };

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
    return await readPageReport(page, url, global, schema, timeoutMs);
  } finally {
    await page.context().close();
  }
}

/**
 * Builds the app if needed, serves it and measures it in Chromium: /bench (the browser worker
 * pool), /bench/indexeddb (the candle cache), the scan screen from a warm cache, the dashboard's
 * first and repeat load, and the JavaScript shipped. A suite that fails gives its Error; the
 * others still run. Always stops the browser and server.
 * @example const { engine, cacheLoad, scanScreen } = await measureInChromium({ dataDir: 'bench-results/server-data' })
 */
export async function measureInChromium({
  dataDir,
  timeoutMs = 120_000
}: {
  dataDir: string;
  timeoutMs?: number;
}): Promise<BrowserSuites> {
  let rebuiltApp: boolean;
  let server: Awaited<ReturnType<typeof startAppServer>> | undefined;
  let browser: Browser;
  try {
    rebuiltApp = await ensureAppBuilt();
    server = await startAppServer(dataDir);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS
    });
  } catch (error) {
    await server?.stop();
    const failure = asError(error);
    return { engine: failure, cacheLoad: failure, scanScreen: failure, pageLoad: failure, shippedJs: failure };
  }
  try {
    const engine = await readBenchPage(
      browser,
      `${server.url}/bench`,
      '__fluxscanBench',
      browserBenchReportSchema,
      timeoutMs
    ).then((report): BrowserFigures => ({ ...report, rebuiltApp }), asError);
    const cacheLoad = await readBenchPage(
      browser,
      `${server.url}/bench/indexeddb`,
      '__fluxscanCacheBench',
      cacheBenchReportSchema,
      timeoutMs
    ).catch(asError);
    const scanScreen = await measureScanScreen(browser, server.url, timeoutMs).catch(asError);
    const pageLoad = await measurePageLoad(browser, server.url).catch(asError);
    const shippedJs = await measureShippedJs(browser, server.url).catch(asError);
    return { engine, cacheLoad, scanScreen, pageLoad, shippedJs };
  } finally {
    await browser.close();
    await server.stop();
  }
}
