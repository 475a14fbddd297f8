import { z } from 'zod';

/** One timed browser backtest's figures, from the backtest's own stats. */
const backtestRunSchema = z.object({
  elapsedMs: z.number(),
  evaluations: z.number().int(),
  evaluationsPerSecond: z.number(),
  p50EvaluationMs: z.number(),
  p99EvaluationMs: z.number(),
  events: z.number().int()
});

/**
 * What /bench/backtest publishes on `window.__fluxscanBacktestBench`, and what the Node
 * bench reads back (parsed: it crosses from the page).
 */
export const backtestBenchReportSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('running'), phase: z.string() }),
  z.object({ status: z.literal('failed'), message: z.string() }),
  z.object({
    status: z.literal('done'),
    poolSize: z.number().int(),
    hardwareConcurrency: z.number().int(),
    crossOriginIsolated: z.boolean(),
    symbols: z.number().int(),
    warmups: z.number().int(),
    runs: z.array(backtestRunSchema),
    /** Medians of the runs. */
    elapsedMs: z.number(),
    evaluationsPerSecond: z.number(),
    p50EvaluationMs: z.number(),
    p99EvaluationMs: z.number(),
    /** Peak of the page's JS heap (performance.memory, Chromium only), MiB; null where not reported. */
    peakHeapMiB: z.number().nullable(),
    /** The same backtest with its candles streamed from a warm IndexedDB cache (loadScanCandles with `from`): median, call to result. */
    warmCacheElapsedMs: z.number(),
    /** Bars before `from` the warm-cache load asked for. */
    lookbackBars: z.number().int()
  })
]);

export type BacktestBenchReport = z.infer<typeof backtestBenchReportSchema>;

declare global {
  interface Window {
    /** The backtest bench page's latest report, read by tests/bench/browser-backtest-bench.ts. */
    __fluxscanBacktestBench?: BacktestBenchReport;
  }
}
