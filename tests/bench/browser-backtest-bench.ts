import { chromium } from '@playwright/test';
import {
  backtestBenchReportSchema,
  type BacktestBenchReport
} from '../../src/routes/bench/backtest/backtest-bench-report.js';
import { ensureAppBuilt, startAppServer } from './app-server.js';
import { asError, readPageReport } from './page-report.js';
import { failed, measured, type BenchResult } from './report.js';

export type BrowserBacktestFigures = Extract<BacktestBenchReport, { status: 'done' }>;

const TARGET_SECONDS = { atMost: 6 };
const TARGET_BROWSER_OVER_NODE = { atLeast: 0.7 };

/**
 * Opens /bench/backtest in Chromium (building the app if it is stale) and reads its report:
 * NIFTY 500 × one year of daily bars replayed in the browser's worker pool. Always stops
 * the browser and the server.
 * @example const figures = await measureBrowserBacktest({ dataDir: 'bench-results/server-data' })
 */
export async function measureBrowserBacktest({
  dataDir,
  timeoutMs = 300_000
}: {
  dataDir: string;
  timeoutMs?: number;
}): Promise<BrowserBacktestFigures | Error> {
  try {
    await ensureAppBuilt();
    const server = await startAppServer(dataDir);
    try {
      const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu']
      });
      try {
        const page = await browser.newPage();
        return await readPageReport(
          page,
          `${server.url}/bench/backtest`,
          '__fluxscanBacktestBench',
          backtestBenchReportSchema,
          timeoutMs
        );
      } finally {
        await browser.close();
      }
    } finally {
      await server.stop();
    }
  } catch (error) {
    return asError(error);
  }
}

/**
 * The Chromium backtest rows, and the browser ÷ Node pool ratio of evaluations/s when the
 * Node pool's backtest ran in the same bench run.
 */
export function browserBacktestResults(
  figures: BrowserBacktestFigures | Error,
  nodeEvaluationsPerSecond: number | null
): BenchResult[] {
  const timeName = 'Backtest NIFTY 500 × 1 y daily (Chromium pool): time';
  if (figures instanceof Error) return [failed(timeName, 's', figures)];
  const evaluations = figures.runs[0]?.evaluations ?? 0;
  const note = `${evaluations.toLocaleString('en-US')} evaluations, ${figures.runs[0]?.events.toLocaleString('en-US')} events, ${figures.poolSize} worker(s) of ${figures.hardwareConcurrency} cores, median of ${figures.runs.length} after ${figures.warmups} warm-up`;
  const timer = figures.crossOriginIsolated
    ? undefined
    : 'worker timer coarsened to 0.1 ms (page not cross-origin isolated)';
  const rows = [
    measured(timeName, figures.elapsedMs / 1000, 's', TARGET_SECONDS, note),
    measured('Backtest (Chromium pool): evaluations/s', figures.evaluationsPerSecond, 'evaluations/s'),
    measured(
      'Backtest (Chromium pool): p50 per evaluation in sandbox',
      figures.p50EvaluationMs,
      'ms',
      undefined,
      timer
    ),
    measured('Backtest (Chromium pool): p99 per evaluation in sandbox', figures.p99EvaluationMs, 'ms', undefined, timer)
  ];
  rows.push(
    measured(
      'Backtest NIFTY 500 × 1 y daily (Chromium pool) from IndexedDB: time',
      figures.warmCacheElapsedMs / 1000,
      's',
      TARGET_SECONDS,
      `candles streamed from a warm IndexedDB cache by loadScanCandles({ from, lookbackBars: ${figures.lookbackBars} }), no market requests; median of ${figures.runs.length}`
    )
  );
  if (figures.peakHeapMiB !== null)
    rows.push(
      measured(
        'Backtest (Chromium pool): page heap at peak',
        figures.peakHeapMiB,
        'MiB',
        undefined,
        'the page only: workers have heaps of their own'
      )
    );
  if (nodeEvaluationsPerSecond !== null) {
    rows.push(
      measured(
        'Backtest Chromium pool ÷ Node pool, evaluations/s',
        figures.evaluationsPerSecond / nodeEvaluationsPerSecond,
        '×',
        TARGET_BROWSER_OVER_NODE,
        `Chromium ${Math.round(figures.evaluationsPerSecond)}/s, Node ${Math.round(nodeEvaluationsPerSecond)}/s, same workload, same run`
      )
    );
  }
  return rows;
}
