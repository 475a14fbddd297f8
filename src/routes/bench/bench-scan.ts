import { z } from 'zod';
import { ScanPool } from '$engine/pool/scan-pool';
import type { CandleColumns } from '$engine/candles/types';
import type { BrowserBenchReport } from './browser-bench-report';
import { BENCH_BARS, BENCH_SCANNER, BENCH_SYMBOLS, benchTasks, type RealSeries } from './bench-workload';
import { median } from './median';

const WARMUPS = 3;
const TIMED_RUNS = 7;

const seriesListSchema = z.object({ symbols: z.array(z.string()) });
const seriesSchema = z.object({
  symbol: z.string(),
  columns: z.object({
    time: z.array(z.number()),
    open: z.array(z.number()),
    high: z.array(z.number()),
    low: z.array(z.number()),
    close: z.array(z.number()),
    volume: z.array(z.number()),
    oi: z.array(z.number())
  })
});

async function fetchJson<T>(url: string, schema: z.ZodType<T>): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return schema.parse(await response.json());
}

/** Every shipped real series, downloaded whole before any timing starts. */
async function downloadRealSeries(): Promise<RealSeries[]> {
  const { symbols } = await fetchJson('/api/demo/series', seriesListSchema);
  return Promise.all(
    symbols.map(async (name) => {
      const { symbol, columns } = await fetchJson(`/api/demo/series/${encodeURIComponent(name)}`, seriesSchema);
      const candles = Object.fromEntries(Object.entries(columns).map(([field, values]) => [field, Float64Array.from(values)]));
      return { symbol, candles: candles as unknown as CandleColumns };
    })
  );
}

/**
 * Times the browser worker pool on the benchmark workload: warm-up scans, then
 * timed scans whose medians are the result. `onPhase` reports what it is doing.
 * @example const report = await runBrowserBench((phase) => (status = phase));
 */
export async function runBrowserBench(onPhase: (phase: string) => void): Promise<BrowserBenchReport> {
  onPhase('downloading the real series');
  const series = await downloadRealSeries();
  const pool = new ScanPool();
  try {
    const scanOnce = async () => {
      const symbols = benchTasks(series);
      const summary = await pool.scan({ source: BENCH_SCANNER, symbols, total: symbols.length });
      if (summary.status !== 'completed') throw new Error(`the scan ${summary.status}: ${summary.message ?? ''}`);
      if (summary.errors.length > 0) throw new Error(`${summary.errors.length} symbols failed, e.g. ${summary.errors[0].message}`);
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
