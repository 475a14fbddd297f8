import { ScanPool } from '$engine/pool/scan-pool';
import type { BrowserBenchReport } from './browser-bench-report';
import { BENCH_BARS, BENCH_SCANNER, BENCH_SYMBOLS, benchTasks } from './bench-workload';
import { median } from './median';
import { downloadRealSeries } from './real-series';

const WARMUPS = 3;
const TIMED_RUNS = 7;

/**
 * Times the browser worker pool on the benchmark workload: warm-up scans, then
 * timed scans whose medians are the result. `onPhase` reports what it is doing; `workers`
 * sizes the pool (the app's default when absent).
 * @example const report = await runBrowserBench((phase) => (status = phase), { workers: 1 });
 */
export async function runBrowserBench(
  onPhase: (phase: string) => void,
  { workers }: { workers?: number } = {}
): Promise<BrowserBenchReport> {
  onPhase('downloading the real series');
  const series = await downloadRealSeries();
  const pool = new ScanPool({ size: workers });
  try {
    const scanOnce = async () => {
      const symbols = benchTasks(series);
      const summary = await pool.scan({ source: BENCH_SCANNER, symbols, total: symbols.length });
      if (summary.status !== 'completed') throw new Error(`the scan ${summary.status}: ${summary.message ?? ''}`);
      if (summary.errors.length > 0)
        throw new Error(`${summary.errors.length} symbols failed, e.g. ${summary.errors[0].message}`);
      const { symbolsPerSecond, p50SymbolMs, p99SymbolMs, elapsedMs, matches } = summary.stats;
      return { symbolsPerSecond, p50SymbolMs, p99SymbolMs, elapsedMs, matches };
    };
    for (let i = 1; i <= WARMUPS; i++) {
      onPhase(`warm-up scan ${i} of ${WARMUPS}`);
      await scanOnce();
    }
    const runs = [];
    for (let i = 1; i <= TIMED_RUNS; i++) {
      onPhase(`timed scan ${i} of ${TIMED_RUNS}`);
      runs.push(await scanOnce());
    }
    return {
      status: 'done',
      poolSize: pool.size,
      hardwareConcurrency: navigator.hardwareConcurrency,
      crossOriginIsolated: window.crossOriginIsolated,
      symbols: BENCH_SYMBOLS,
      bars: BENCH_BARS,
      warmups: WARMUPS,
      runs,
      symbolsPerSecond: median(runs.map((r) => r.symbolsPerSecond)),
      p50SymbolMs: median(runs.map((r) => r.p50SymbolMs)),
      p99SymbolMs: median(runs.map((r) => r.p99SymbolMs))
    };
  } finally {
    pool.close();
  }
}

/** Makes the report visible to the Node bench driving this page. */
export function publishBenchReport(report: BrowserBenchReport): void {
  window.__fluxscanBench = report;
}
