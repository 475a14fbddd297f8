import { z } from 'zod';

export const LIVE_INTERVALS = ['1m', '3m', '5m', '10m', '15m', '30m', '1h'] as const;

const cell = z.union([z.number(), z.string(), z.boolean(), z.null()]);
export const liveRowSchema = z.object({ symbol: z.string(), exchange: z.string(), signal: z.string(), columns: z.record(z.string(), cell), barTime: z.number().nullable() });
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
    .object({ lastBarTime: z.number().nullable(), scanning: z.boolean(), coalesced: z.number(), rows: z.array(liveRowSchema), symbols: z.array(liveSymbolSchema) })
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
