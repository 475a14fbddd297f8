import type { Browser, Page } from '@playwright/test';
import { median } from '../../src/routes/bench/median.js';
import { allowNodeFunctionsInPages } from './page-report.js';

const SAMPLES = 5;
/** The dashboard is usable once its counts, read from IndexedDB, are on screen. */
const DASHBOARD_READY = '[data-testid="count-scanners"] [data-value]';

declare global {
  interface Window {
    /** performance.now() when the dashboard first showed its counts, set by the page-load bench. */
    __fluxscanReadyAt?: number;
  }
}

/** One navigation to the dashboard: until it showed its counts, and until its load event (ms since navigation start). */
interface Load {
  readyMs: number;
  loadEventMs: number;
}

interface Sample {
  first: Load;
  /** A reload with the service worker controlling the page. */
  repeat: Load;
}

export interface PageLoadFigures {
  samples: Sample[];
  firstMs: number;
  repeatMs: number;
}

/** Installed before any page script runs: stamps the moment `selector` first matches. */
function stampWhenShown(selector: string): void {
  const stamp = () => {
    if (window.__fluxscanReadyAt !== undefined || !document.querySelector(selector)) return;
    window.__fluxscanReadyAt = performance.now();
    observer.disconnect();
  };
  const observer = new MutationObserver(stamp);
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}

async function readLoad(page: Page, timeoutMs: number): Promise<Load> {
  await page.waitForFunction(() => window.__fluxscanReadyAt !== undefined, undefined, { timeout: timeoutMs });
  return page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return { readyMs: window.__fluxscanReadyAt as number, loadEventMs: navigation?.loadEventEnd ?? NaN };
  });
}

async function sampleLoads(browser: Browser, baseUrl: string, timeoutMs: number): Promise<Sample> {
  const context = await browser.newContext();
  try {
    await allowNodeFunctionsInPages(context);
    await context.addInitScript(stampWhenShown, DASHBOARD_READY);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle', timeout: timeoutMs });
    const first = await readLoad(page, timeoutMs);
    // The first visit installs the worker, which claims the page once its precache is in.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: timeoutMs });
    await page.reload({ waitUntil: 'networkidle', timeout: timeoutMs });
    const repeat = await readLoad(page, timeoutMs);
    if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null)))
      throw new Error('the reload was not controlled by the service worker');
    return { first, repeat };
  } finally {
    await context.close();
  }
}

/**
 * First and repeat load of the dashboard in Chromium: each sample is a fresh context (empty
 * HTTP cache, no service worker) loading `/`, then reloading it under the service worker.
 * @example const { firstMs, repeatMs } = await measurePageLoad(browser, server.url)
 */
export async function measurePageLoad(browser: Browser, baseUrl: string, timeoutMs = 60_000): Promise<PageLoadFigures> {
  const samples: Sample[] = [];
  for (let i = 0; i < SAMPLES; i++) samples.push(await sampleLoads(browser, baseUrl, timeoutMs));
  return {
    samples,
    firstMs: median(samples.map((sample) => sample.first.readyMs)),
    repeatMs: median(samples.map((sample) => sample.repeat.readyMs))
  };
}
