import { runBacktest, type BacktestResult } from '$engine/backtest/run-backtest';
import { ScanPool } from '$engine/pool/scan-pool';
import { BACKTEST_HORIZONS, BACKTEST_SYMBOLS, backtestWorkload } from '../backtest-workload';
import { BENCH_SCANNER } from '../bench-workload';
import { median } from '../median';
import { downloadRealSeries } from '../real-series';
import type { BacktestBenchReport } from './backtest-bench-report';

const WARMUPS = 1;
const TIMED_RUNS = 3;
const MIB = 1024 * 1024;

/** The page's JS heap in use (Chromium's non-standard performance.memory), or null elsewhere. */
const heapBytes = (): number | null => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null;

/**
 * Times NIFTY 500 × one year of daily bars replayed in this browser's worker pool with the
 * reference scanner: the same workload and the same `runBacktest` as the Node pool's row, the
 * candles in memory as a warm cache hands them over. A warm-up, then timed runs whose medians
 * are the result. `workers` sizes the pool (the app's default when absent).
 * @example const report = await runBacktestBench((phase) => (status = phase));
 */
export async function runBacktestBench(onPhase: (phase: string) => void, { workers }: { workers?: number } = {}): Promise<BacktestBenchReport> {
  onPhase('downloading the real series');
  const workload = backtestWorkload(await downloadRealSeries());
  const pool = new ScanPool({ size: workers });
  let peakHeap = heapBytes();
  const sampleHeap = () => (peakHeap = Math.max(peakHeap ?? 0, heapBytes() ?? 0) || null);
  const backtestOnce = async (): Promise<BacktestResult> => {
    const result = await runBacktest(pool, {
      source: BENCH_SCANNER,
      symbols: workload.tasks(),
      fromTime: workload.fromTime,
      toTime: workload.toTime,
      horizons: BACKTEST_HORIZONS,
      onProgress: sampleHeap
    });
    if (result.status !== 'completed' || result.errors.length > 0) throw new Error(`the backtest ${result.status}: ${result.message ?? result.errors[0]?.message}`);
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
      const { elapsedMs, evaluations, evaluationsPerSecond, p50EvaluationMs, p99EvaluationMs, events } = (await backtestOnce()).stats;
      runs.push({ elapsedMs, evaluations, evaluationsPerSecond, p50EvaluationMs, p99EvaluationMs, events });
    }
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
      peakHeapMiB: peakHeap === null ? null : peakHeap / MIB
    };
  } finally {
    pool.close();
  }
}
