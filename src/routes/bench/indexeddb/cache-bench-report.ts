import { z } from 'zod';

/** One timed `loadScanCandles` pass over the seeded symbols. */
const cacheLoadRunSchema = z.object({
  /** From the call until the last task was yielded. */
  elapsedMs: z.number(),
  tasks: z.number().int(),
  /** Symbols reported as answered by the cache alone. */
  cached: z.number().int(),
  /** Every symbol's data state, counted. */
  states: z.record(z.string(), z.number().int())
});

/** One timed warm-cache scan: loading from IndexedDB feeding the worker pool, until every row is in. */
const warmScanRunSchema = z.object({
  elapsedMs: z.number(),
  symbols: z.number().int(),
  matches: z.number().int()
});

const warmScanSchema = z.union([
  z.object({
    poolSize: z.number().int(),
    warmups: z.number().int(),
    runs: z.array(warmScanRunSchema),
    elapsedMs: z.number(),
    symbolsPerSecond: z.number()
  }),
  z.object({ error: z.string() })
]);

/**
 * What the IndexedDB bench page publishes on `window.__fluxscanCacheBench`, and
 * what the Node bench reads back (parsed: it crosses from the page).
 */
export const cacheBenchReportSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('running'), phase: z.string() }),
  z.object({ status: z.literal('failed'), message: z.string() }),
  z.object({
    status: z.literal('done'),
    symbols: z.number().int(),
    bars: z.number().int(),
    /** Writing every record through the store, one put at a time. */
    seedMs: z.number(),
    seeded: z.object({ records: z.number().int(), bars: z.number().int(), approxBytes: z.number() }),
    /** The first load after seeding; the first warm-up. */
    firstLoad: cacheLoadRunSchema,
    warmups: z.number().int(),
    loads: z.array(cacheLoadRunSchema),
    loadMs: z.number(),
    symbolsPerSecond: z.number(),
    /** Market API calls over every load and scan; a fresh cache must make none. */
    requests: z.number().int(),
    warmScan: warmScanSchema,
    /** Records still cached after the bench cleared the cache. */
    recordsLeft: z.number().int()
  })
]);

export type CacheBenchReport = z.infer<typeof cacheBenchReportSchema>;

declare global {
  interface Window {
    /** The IndexedDB bench page's latest report, read by tests/bench/browser-bench.ts. */
    __fluxscanCacheBench?: CacheBenchReport;
  }
}
