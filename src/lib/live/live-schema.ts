import { z } from 'zod';

export const LIVE_INTERVALS = ['1m', '3m', '5m', '10m', '15m', '30m', '1h'] as const;

const cell = z.union([z.number(), z.string(), z.boolean(), z.null()]);
export const liveRowSchema = z.object({
  symbol: z.string(),
  exchange: z.string(),
  signal: z.string(),
  columns: z.record(z.string(), cell),
  barTime: z.number().nullable()
});
export type LiveRow = z.infer<typeof liveRowSchema>;

/** A symbol's stream state: subscribed or refused, and its last tick (market time) for staleness. */
export const liveSymbolSchema = z.object({
  symbol: z.string(),
  exchange: z.string(),
  status: z.enum(['pending', 'subscribed', 'error']),
  message: z.string().optional(),
  lastTickAt: z.number().nullable()
});
export type LiveSymbol = z.infer<typeof liveSymbolSchema>;

export const liveScanSchema = z.object({
  id: z.string(),
  scannerId: z.string(),
  watchlistId: z.string().nullable(),
  symbols: z.array(z.object({ symbol: z.string(), exchange: z.string() })),
  interval: z.enum(LIVE_INTERVALS),
  status: z.enum(['running', 'stopped']),
  stopReason: z.string().nullable(),
  createdAt: z.number(),
  state: z
    .object({
      lastBarTime: z.number().nullable(),
      scanning: z.boolean(),
      coalesced: z.number(),
      rows: z.array(liveRowSchema),
      symbols: z.array(liveSymbolSchema)
    })
    .nullable()
});
export type LiveScanView = z.infer<typeof liveScanSchema>;

/** The `live-scan` event on /api/events. */
export const liveScanEventSchema = z.object({
  liveScanId: z.string(),
  barTime: z.number(),
  entered: z.array(z.string()),
  exited: z.array(z.string()),
  rows: z.array(liveRowSchema),
  errors: z.number(),
  coalesced: z.number()
});
export type LiveScanEvent = z.infer<typeof liveScanEventSchema>;

/** A bar of the live chart: start of its interval (epoch seconds) and its prices. */
const chartBarSchema = z.object({
  time: z.number(),
  open: z.number(),
  high: z.number(),
  low: z.number(),
  close: z.number(),
  volume: z.number()
});
export type ChartBar = z.infer<typeof chartBarSchema>;

/** `GET /api/live-scans/:id/chart`: today's closed bars of a symbol and the bar forming now. */
export const liveChartSchema = z.object({
  candles: z.object({
    time: z.array(z.number()),
    open: z.array(z.number()),
    high: z.array(z.number()),
    low: z.array(z.number()),
    close: z.array(z.number()),
    volume: z.array(z.number())
  }),
  forming: chartBarSchema.nullable()
});
export type LiveChart = z.infer<typeof liveChartSchema>;

/** The `live-forming` event on /api/events: forming bars that changed, about once a second. */
export const liveFormingEventSchema = z.object({
  liveScanId: z.string(),
  bars: z.array(z.object({ symbol: z.string(), exchange: z.string(), bar: chartBarSchema }))
});
