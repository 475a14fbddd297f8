import type { BrowserFigures } from './browser-bench.js';
import { failed, measured, type BenchResult } from './report.js';

/** The browser pool is where most scans run: it should reach this share of the Node pool's rate on the same machine. */
const TARGET_BROWSER_OVER_NODE_POOL = { atLeast: 0.7 };

const timerNote = (figures: BrowserFigures) =>
  figures.crossOriginIsolated ? undefined : 'worker timer coarsened to 0.1 ms (page not cross-origin isolated)';

/**
 * The Chromium worker pool's rows: its rate, its per-symbol times, and its rate as a share of the
 * Node pool's (all cores each) in the same run.
 */
export function browserPoolResults(
  browser: BrowserFigures | Error,
  nodePool: { symbolsPerSecond: number; workers: number }
): BenchResult[] {
  if (browser instanceof Error) return [failed('Browser pool (Chromium): symbols/s', 'symbols/s', browser)];
  return [
    measured(
      'Browser pool (Chromium): symbols/s',
      browser.symbolsPerSecond,
      'symbols/s',
      undefined,
      `${browser.poolSize} worker(s) of ${browser.hardwareConcurrency} cores, median of ${browser.runs.length} scans after ${browser.warmups} warm-ups${browser.crossOriginIsolated ? ', cross-origin isolated' : ''}`
    ),
    measured('Browser pool: p50 per symbol in sandbox', browser.p50SymbolMs, 'ms', undefined, timerNote(browser)),
    measured('Browser pool: p99 per symbol in sandbox', browser.p99SymbolMs, 'ms', undefined, timerNote(browser)),
    measured(
      'Browser pool ÷ Node whole pool, symbols/s',
      browser.symbolsPerSecond / nodePool.symbolsPerSecond,
      '×',
      TARGET_BROWSER_OVER_NODE_POOL,
      `${browser.poolSize} Chromium worker(s) against ${nodePool.workers} Node workers, same run`
    )
  ];
}
