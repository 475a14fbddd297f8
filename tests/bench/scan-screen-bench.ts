import type { Browser, Page, Request } from '@playwright/test';
import { BENCH_BARS } from '../../src/routes/bench/bench-workload.js';
import { median } from '../../src/routes/bench/median.js';
import { seedReportSchema, type SeedReport } from '../../src/routes/bench/seed/seed-report.js';
import { allowNodeFunctionsInPages, asError, readPageReport } from './page-report.js';

/** The scan screen's scanners as its select names them: one that lists every symbol, one that filters. */
export const SCAN_SCREEN_SCANNERS = ['template:technical-snapshot', 'template:ema-crossover'] as const;
const LIST = 'predefined:nifty500';
const WARMUPS = 1;
const RUNS = 7;

type Seeded = Extract<SeedReport, { status: 'done'; action: 'seed' }>;

/** One click on Run, timed until the screen showed its outcome. */
interface ScanScreenRun {
  elapsedMs: number;
  status: string;
  symbols: number;
  matches: number;
  errors: number;
  /** Result rows in the DOM when the timer stopped (the table renders only those in view). */
  rowsInDom: number;
}

export type ScannerFigures =
  | { scanner: string; lookbackBars: number; warmups: number; runs: ScanScreenRun[]; elapsedMs: number }
  | { scanner: string; error: string };

export interface ScanScreenFigures {
  seeded: Seeded;
  scanners: ScannerFigures[];
  /** `/api/market/` requests from opening /scan to the end of the last run, warm-ups included. */
  marketRequests: number;
  /** Candle records still cached after the bench cleared the cache. */
  recordsLeft: number;
}

/**
 * Clicks Run and resolves once the summary of that run is on screen and, when it matched any
 * symbol, the results table holds rows; timed in the page with performance.now().
 */
function clickRunAndTime(
  page: Page,
  timeoutMs: number
): Promise<{ elapsedMs: number; summary: string; rowsInDom: number }> {
  return page.evaluate(
    (timeoutMs) =>
      new Promise((resolve, reject) => {
        const summary = () => document.querySelector('[data-testid="summary"]');
        const previousRun = Number(summary()?.getAttribute('data-run') ?? 0);
        const outcome = () => {
          const failure = document.querySelector('[data-testid="failure"]')?.textContent;
          if (failure) throw new Error(`the scan failed: ${failure.trim()}`);
          const shown = summary();
          if (shown?.getAttribute('data-run') !== String(previousRun + 1)) return null;
          const text = (shown.textContent ?? '').replace(/\s+/g, ' ').trim();
          const rowsInDom = document.querySelectorAll(
            '[data-testid="results-table"] [data-testid="result-row"]'
          ).length;
          const matchedNone = /\b0 matches\b/.test(text);
          return matchedNone || rowsInDom > 0 ? { summary: text, rowsInDom } : null;
        };
        const started = performance.now();
        const check = () => {
          try {
            const seen = outcome();
            if (!seen) return;
            const elapsedMs = performance.now() - started;
            stop();
            resolve({ elapsedMs, ...seen });
          } catch (error) {
            stop();
            reject(error);
          }
        };
        const observer = new MutationObserver(check);
        const timer = setTimeout(
          () => (stop(), reject(new Error(`no result within ${timeoutMs / 1000} s`))),
          timeoutMs
        );
        const stop = () => (observer.disconnect(), clearTimeout(timer));
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        document.querySelector<HTMLButtonElement>('[data-testid="run"]')?.click();
      }),
    timeoutMs
  );
}

/** Reads e.g. "completed: 500 symbols scanned, 500 matches, 0 errors, 812 ms". */
function parseSummary(summary: string): Pick<ScanScreenRun, 'status' | 'symbols' | 'matches' | 'errors'> {
  const match = /^(\w+): (\d+) symbols scanned, (\d+) matches, (\d+) errors/.exec(summary);
  if (!match) throw new Error(`unexpected summary: ${summary}`);
  return { status: match[1], symbols: Number(match[2]), matches: Number(match[3]), errors: Number(match[4]) };
}

async function runOnce(page: Page, timeoutMs: number): Promise<ScanScreenRun> {
  const { elapsedMs, summary, rowsInDom } = await clickRunAndTime(page, timeoutMs);
  const run = { elapsedMs, rowsInDom, ...parseSummary(summary) };
  if (run.status !== 'completed') throw new Error(`the scan ended ${summary}`);
  if (run.errors > 0) throw new Error(`${run.errors} symbols failed: ${summary}`);
  return run;
}

/** Picks the scanner and NIFTY 500 on the screen, then times warm-ups and runs of the Run button. */
async function timeScanner(page: Page, scanner: string, timeoutMs: number): Promise<ScannerFigures> {
  await page.getByTestId('scanner').selectOption(scanner);
  await page.getByTestId('list').selectOption(LIST);
  // The cache holds a year of bars; a longer lookback (technical-snapshot asks for 260) would refetch.
  await page.getByTestId('lookback').fill(String(BENCH_BARS));
  for (let i = 0; i < WARMUPS; i++) await runOnce(page, timeoutMs);
  const runs: ScanScreenRun[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await runOnce(page, timeoutMs));
  return {
    scanner,
    lookbackBars: BENCH_BARS,
    warmups: WARMUPS,
    runs,
    elapsedMs: median(runs.map((run) => run.elapsedMs))
  };
}

/**
 * Times the real scan screen over NIFTY 500 from a warm candle cache: seeds the cache through
 * /bench/seed, opens /scan, and for each scanner clicks Run until the rows are on screen; counts
 * market API requests meanwhile (a fresh cache needs none), then clears the cache.
 * @example const figures = await measureScanScreen(browser, server.url)
 */
export async function measureScanScreen(
  browser: Browser,
  baseUrl: string,
  timeoutMs = 120_000
): Promise<ScanScreenFigures> {
  const context = await browser.newContext();
  try {
    await allowNodeFunctionsInPages(context);
    const page = await context.newPage();
    const seeded = await readPageReport(page, `${baseUrl}/bench/seed`, '__fluxscanSeed', seedReportSchema, timeoutMs);
    if (seeded.action !== 'seed') throw new Error('the seed page did not seed');
    let marketRequests = 0;
    const countMarketRequest = (request: Request) => {
      if (new URL(request.url()).pathname.startsWith('/api/market/')) marketRequests++;
    };
    context.on('request', countMarketRequest);
    const scanners: ScannerFigures[] = [];
    try {
      await page.goto(`${baseUrl}/scan`);
      for (const scanner of SCAN_SCREEN_SCANNERS) {
        scanners.push(
          await timeScanner(page, scanner, timeoutMs).catch((error: unknown) => ({
            scanner,
            error: asError(error).message
          }))
        );
      }
    } finally {
      context.off('request', countMarketRequest);
    }
    const cleared = await readPageReport(
      page,
      `${baseUrl}/bench/seed?clear`,
      '__fluxscanSeed',
      seedReportSchema,
      timeoutMs
    );
    return { seeded, scanners, marketRequests, recordsLeft: cleared.action === 'clear' ? cleared.recordsLeft : -1 };
  } finally {
    await context.close();
  }
}
