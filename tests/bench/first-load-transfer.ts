import type { Browser } from '@playwright/test';
import { failed, measured, type BenchResult } from './report.js';

/** The app's top-level pages, as a first visit opens them. */
export const FIRST_LOAD_ROUTES = [
  '/',
  '/scan',
  '/scanners',
  '/scanners/new',
  '/watchlists',
  '/runs',
  '/schedules',
  '/settings'
];

export interface RouteTransfer {
  route: string;
  /** Bytes on the wire: compressed bodies plus headers, as Chromium counts them. */
  transferredBytes: number;
  /** The same responses' bodies after decoding. */
  decodedBytes: number;
  requests: number;
}

/**
 * Opens each route once in a fresh context (empty HTTP cache, no service worker yet) and sums
 * what came over the network until it went idle, from Chromium's own network events.
 * @example const rows = await measureFirstLoadTransfer(browser, server.url)
 */
export async function measureFirstLoadTransfer(
  browser: Browser,
  baseUrl: string,
  routes = FIRST_LOAD_ROUTES
): Promise<RouteTransfer[]> {
  const figures: RouteTransfer[] = [];
  for (const route of routes) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      const figure: RouteTransfer = { route, transferredBytes: 0, decodedBytes: 0, requests: 0 };
      cdp.on('Network.dataReceived', (event) => (figure.decodedBytes += event.dataLength));
      cdp.on('Network.loadingFinished', (event) => {
        figure.transferredBytes += event.encodedDataLength;
        figure.requests++;
      });
      await page.goto(`${baseUrl}${route}`, { waitUntil: 'networkidle' });
      figures.push(figure);
    } finally {
      await context.close();
    }
  }
  return figures;
}

const KIB = 1024;

/** One bench row per route: KiB transferred on a first visit, with the decoded size and request count. */
export function firstLoadTransferResults(figures: RouteTransfer[] | Error): BenchResult[] {
  if (figures instanceof Error) return [failed('First load transferred', 'KiB', figures)];
  return figures.map(({ route, transferredBytes, decodedBytes, requests }) =>
    measured(
      `First load transferred: ${route}`,
      transferredBytes / KIB,
      'KiB',
      undefined,
      `${(decodedBytes / KIB).toFixed(0)} KiB decoded, ${requests} requests, fresh context, service worker blocked`
    )
  );
}

/**
 * Builds the app if needed, serves it and measures each route's first load in its own Chromium.
 * @example firstLoadTransferResults(await firstLoadTransferInChromium('bench-results/transfer-data'))
 */
export async function firstLoadTransferInChromium(dataDir: string): Promise<RouteTransfer[] | Error> {
  const { chromium } = await import('@playwright/test');
  const { ensureAppBuilt, startAppServer } = await import('./app-server.js');
  try {
    await ensureAppBuilt();
    const server = await startAppServer(dataDir);
    try {
      const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run']
      });
      try {
        return await measureFirstLoadTransfer(browser, server.url);
      } finally {
        await browser.close();
      }
    } finally {
      await server.stop();
    }
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}
