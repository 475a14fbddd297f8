import { z } from 'zod';

const instrument = z.object({ symbol: z.string().min(1), exchange: z.string().min(1) });

/** OpenAlgo takes the mode as 1/2/3 or LTP/Quote/Depth in any case; Quote when left out. */
export const streamModeSchema = z
  .union([z.literal(1), z.literal(2), z.literal(3), z.string()])
  .optional()
  .transform((mode) => {
    if (mode === undefined) return 'Quote' as const;
    const name = { 1: 'LTP', 2: 'Quote', 3: 'Depth', ltp: 'LTP', quote: 'Quote', depth: 'Depth' }[
      typeof mode === 'number' ? mode : mode.toLowerCase()
    ];
    return (name as 'LTP' | 'Quote' | 'Depth' | undefined) ?? null;
  });

/** What a client may send to OpenAlgo's market-data WebSocket. */
export const clientMessageSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('authenticate'), api_key: z.string().optional(), apikey: z.string().optional() }),
  z.object({
    action: z.literal('subscribe'),
    symbols: z.array(instrument).min(1),
    mode: streamModeSchema,
    depth: z.number().int().optional()
  }),
  z.object({ action: z.literal('unsubscribe'), symbols: z.array(instrument).min(1), mode: streamModeSchema }),
  z.object({ action: z.literal('unsubscribe_all') })
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;

export const streamError = (code: string, message: string) => ({ status: 'error', code, message });
