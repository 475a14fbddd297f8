import { z } from 'zod';

/** One timed browser scan's figures, from the pool's own stats. */
const browserRunSchema = z.object({
  symbolsPerSecond: z.number(),
  p50SymbolMs: z.number(),
  p99SymbolMs: z.number(),
  elapsedMs: z.number(),
  matches: z.number()
});

/**
 * What the bench page publishes on `window.__fluxscanBench`, and what the Node
 * bench reads back (parsed: it crosses from the page).
 */
export const browserBenchReportSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('running'), phase: z.string() }),
  z.object({ status: z.literal('failed'), message: z.string() }),
  z.object({
    status: z.literal('done'),
    poolSize: z.number().int(),
    hardwareConcurrency: z.number().int(),
    /** Without cross-origin isolation, workers' performance.now() is coarsened to 0.1 ms. */
    crossOriginIsolated: z.boolean(),
    symbols: z.number().int(),
    bars: z.number().int(),
    warmups: z.number().int(),
    runs: z.array(browserRunSchema),
    symbolsPerSecond: z.number(),
    p50SymbolMs: z.number(),
    p99SymbolMs: z.number()
  })
]);

export type BrowserBenchReport = z.infer<typeof browserBenchReportSchema>;

declare global {
  interface Window {
    /** The bench page's latest report, read by tests/bench/browser-bench.ts. */
    __fluxscanBench?: BrowserBenchReport;
  }
}
