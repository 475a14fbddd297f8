import { runBacktest, type BacktestResult } from '$engine/backtest/run-backtest';
import type { BatchTask } from '$engine/engine/engine-api';
import { ScanPool } from '$engine/pool/scan-pool';
import { loadScanCandles } from '$lib/candles';
import { BACKTEST_HORIZONS, BACKTEST_SYMBOLS, backtestWorkload } from '../backtest-workload';
import { BENCH_SCANNER } from '../bench-workload';
import { median } from '../median';
import { downloadRealSeries } from '../real-series';
import type { BacktestBenchReport } from './backtest-bench-report';
import { seedBacktestCache } from './seed-backtest-cache';

const WARMUPS = 1;
const TIMED_RUNS = 3;
const MIB = 1024 * 1024;

/** The page's JS heap in use (Chromium's non-standard performance.memory), or null elsewhere. */
const heapBytes = (): number | null =>
  (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null;

/** Look-back that covers every workload copy's history before `from` (100 + 15 × 9 bars), so loaded tasks equal the in-memory ones. */
const WARM_CACHE_LOOKBACK = 250;

/**
 * Times NIFTY 500 × one year of daily bars replayed in this browser's worker pool with the
 * reference scanner: the same workload and the same `runBacktest` as the Node pool's row, the
 * candles first in memory, then streamed from a warm IndexedDB cache by `loadScanCandles({ from })`
 * as the app loads them. A warm-up, then timed runs whose medians are the result. `workers`
 * sizes the pool (the app's default when absent).
 * @example const report = await runBacktestBench((phase) => (status = phase));
 */
export async function runBacktestBench(
  onPhase: (phase: string) => void,
  { workers }: { workers?: number } = {}
): Promise<BacktestBenchReport> {
  onPhase('downloading the real series');
  const workload = backtestWorkload(await downloadRealSeries());
  const pool = new ScanPool({ size: workers });
  let peakHeap = heapBytes();
  const sampleHeap = () => (peakHeap = Math.max(peakHeap ?? 0, heapBytes() ?? 0) || null);
  const backtestOnce = async (
    symbols: Iterable<BatchTask> | AsyncIterable<BatchTask> = workload.tasks()
  ): Promise<BacktestResult> => {
    const result = await runBacktest(pool, {
      source: BENCH_SCANNER,
      symbols,
      fromTime: workload.fromTime,
      toTime: workload.toTime,
      horizons: BACKTEST_HORIZONS,
      onProgress: sampleHeap
    });
    if (result.status !== 'completed' || result.errors.length > 0)
      throw new Error(`the backtest ${result.status}: ${result.message ?? result.errors[0]?.message}`);
    return result;
  };
  try {
    for (let i = 1; i <= WARMUPS; i++) {
      onPhase(`warm-up backtest ${i} of ${WARMUPS}`);
      await backtestOnce();
    }
    const runs = [];
    for (let i = 1; i <= TIMED_RUNS; i++) {
      onPhase(`timed backtest ${i} of ${TIMED_RUNS}`);
      const { elapsedMs, evaluations, evaluationsPerSecond, p50EvaluationMs, p99EvaluationMs, events } = (
        await backtestOnce()
      ).stats;
      runs.push({ elapsedMs, evaluations, evaluationsPerSecond, p50EvaluationMs, p99EvaluationMs, events });
    }
    onPhase('seeding IndexedDB with the workload');
    const cache = await seedBacktestCache(workload);
    const fromCache = () =>
      loadScanCandles({
        symbols: cache.symbols,
        interval: 'D',
        lookbackBars: WARM_CACHE_LOOKBACK,
        from: cache.from,
        now: () => cache.now,
        api: cache.api
      });
    const warmCacheRuns = [];
    for (let i = 0; i <= TIMED_RUNS; i++) {
      onPhase(i === 0 ? 'warm-up backtest from IndexedDB' : `timed backtest from IndexedDB ${i} of ${TIMED_RUNS}`);
      const started = performance.now();
      const { stats } = await backtestOnce(fromCache());
      if (stats.evaluations !== runs[0].evaluations)
        throw new Error(`from IndexedDB ${stats.evaluations} evaluations, from memory ${runs[0].evaluations}`);
      if (i > 0) warmCacheRuns.push(performance.now() - started);
    }
    if (cache.requests() > 0) throw new Error(`the warm cache made ${cache.requests()} market requests`);
    return {
      status: 'done',
      poolSize: pool.size,
      hardwareConcurrency: navigator.hardwareConcurrency,
      crossOriginIsolated: window.crossOriginIsolated,
      symbols: BACKTEST_SYMBOLS,
      warmups: WARMUPS,
      runs,
      elapsedMs: median(runs.map((r) => r.elapsedMs)),
      evaluationsPerSecond: median(runs.map((r) => r.evaluationsPerSecond)),
      p50EvaluationMs: median(runs.map((r) => r.p50EvaluationMs)),
      p99EvaluationMs: median(runs.map((r) => r.p99EvaluationMs)),
      peakHeapMiB: peakHeap === null ? null : peakHeap / MIB,
      warmCacheElapsedMs: median(warmCacheRuns),
      lookbackBars: WARM_CACHE_LOOKBACK
    };
  } finally {
    pool.close();
  }
}
