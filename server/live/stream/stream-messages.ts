import { z } from 'zod';

/** A number that some adapters send as a numeric string. */
const numeric = z
  .union([
    z.number(),
    z
      .string()
      .trim()
      .regex(/^-?\d+(\.\d+)?$/)
      .transform(Number)
  ])
  .refine(Number.isFinite);
const optionalNumber = numeric.optional().catch(undefined);

/**
 * A `market_data` message. Field names vary by broker adapter: only symbol, exchange and a
 * positive `ltp` are required; anything else missing or unreadable is left out, never made up.
 */
export const marketDataSchema = z.object({
  type: z.literal('market_data'),
  symbol: z.string().min(1),
  exchange: z.string().min(1),
  data: z.object({
    ltp: numeric.refine((ltp) => ltp > 0, 'ltp must be positive'),
    volume: optionalNumber,
    ltt: optionalNumber,
    timestamp: optionalNumber
  })
});

export const subscriptionResultSchema = z.object({
  symbol: z.string(),
  exchange: z.string(),
  status: z.string(),
  message: z.string().optional()
});

/** Every other reply the stream sends: auth, subscribe/unsubscribe acks, errors. */
export const controlMessageSchema = z.union([
  z.object({ type: z.literal('auth'), status: z.string(), message: z.string().optional() }),
  z.object({
    type: z.enum(['subscribe', 'unsubscribe']),
    status: z.string(),
    message: z.string().optional(),
    subscriptions: z.array(subscriptionResultSchema).optional().catch(undefined)
  }),
  z.object({ status: z.literal('error'), code: z.string().optional(), message: z.unknown().optional() })
]);

export type ControlMessage = z.infer<typeof controlMessageSchema>;

/** One trade print as the candle builder uses it. */
export interface LiveTick {
  symbol: string;
  exchange: string;
  ltp: number;
  /** Cumulative volume for the day, when the adapter sends it. */
  volume: number | null;
  /** Market time of the trade, epoch ms. */
  time: number;
}

/** Epoch ms from a time that may be epoch seconds or milliseconds. */
const toMs = (value: number) => (value < 1e12 ? value * 1000 : value);

/**
 * The tick in a `market_data` message, timed by its own timestamp (or last-trade time) and by
 * `receivedAt` only when it carries neither.
 * @example toLiveTick(parsed, clock.now().getTime())
 */
export function toLiveTick(message: z.infer<typeof marketDataSchema>, receivedAt: number): LiveTick {
  const { data } = message;
  const stamp = data.timestamp ?? data.ltt;
  return {
    symbol: message.symbol.toUpperCase(),
    exchange: message.exchange.toUpperCase(),
    ltp: data.ltp,
    volume: data.volume ?? null,
    time: stamp !== undefined && stamp > 0 ? toMs(stamp) : receivedAt
  };
}
