import { z } from 'zod';

/**
 * What the seed page publishes on `window.__fluxscanSeed`, and what the Node bench
 * reads back (parsed: it crosses from the page).
 */
export const seedReportSchema = z.union([
  z.object({ status: z.literal('running'), phase: z.string() }),
  z.object({ status: z.literal('failed'), message: z.string() }),
  z.object({
    status: z.literal('done'),
    action: z.literal('seed'),
    list: z.string(),
    records: z.number().int(),
    barsPerRecord: z.number().int(),
    /** How many recorded series the slices were cut from. */
    realSeries: z.number().int(),
    /** The NSE session the newest bar is dated on (IST date). */
    lastSession: z.string(),
    /** The provenance fetchedAt of every record (epoch ms). */
    fetchedAt: z.number(),
    seedMs: z.number(),
    approxBytes: z.number()
  }),
  z.object({ status: z.literal('done'), action: z.literal('clear'), recordsLeft: z.number().int() })
]);

export type SeedReport = z.infer<typeof seedReportSchema>;

declare global {
  interface Window {
    /** The seed page's latest report, read by tests/bench/scan-screen-bench.ts. */
    __fluxscanSeed?: SeedReport;
  }
}
