import { z } from 'zod';

/**
 * OpenAlgo's success bodies, read tolerantly where brokers differ (missing `oi`, numeric tokens)
 * and strictly where FluxScan depends on a field.
 */
const price = z.number();
const optionalNumber = z.number().optional().default(0);

const historyRowSchema = z.object({
  timestamp: z.union([z.number(), z.string()]),
  open: price,
  high: price,
  low: price,
  close: price,
  volume: z.number(),
  oi: z.number().nullish()
});

const quoteSchema = z.object({
  open: price,
  high: price,
  low: price,
  ltp: price,
  ask: optionalNumber,
  bid: optionalNumber,
  prev_close: price,
  volume: z.number(),
  oi: optionalNumber
});

const symbolRecordSchema = z.object({
  symbol: z.string(),
  brsymbol: z.string(),
  name: z
    .string()
    .nullish()
    .transform((name) => name ?? ''),
  exchange: z.string(),
  brexchange: z.string(),
  instrumenttype: z
    .string()
    .nullish()
    .transform((type) => type ?? ''),
  expiry: z
    .string()
    .nullish()
    .transform((expiry) => expiry ?? ''),
  strike: z.number(),
  lotsize: z.number(),
  tick_size: z.number(),
  token: z.union([z.string(), z.number()]).transform(String)
});

const exchangeTimingSchema = z.object({ exchange: z.string(), start_time: z.number(), end_time: z.number() });
const intervalList = z.array(z.string()).optional().default([]);
const success = { status: z.literal('success') };

export const RESPONSE_SCHEMAS = {
  history: z.object({ ...success, data: z.array(historyRowSchema) }),
  intervals: z.object({
    ...success,
    data: z.object({
      months: intervalList,
      weeks: intervalList,
      days: intervalList,
      hours: intervalList,
      minutes: intervalList,
      seconds: intervalList
    })
  }),
  quotes: z.object({ ...success, data: quoteSchema }),
  multiquotes: z.object({
    ...success,
    results: z.array(
      z.object({ symbol: z.string(), exchange: z.string(), data: quoteSchema.optional(), error: z.string().optional() })
    )
  }),
  depth: z.object({
    ...success,
    data: quoteSchema.omit({ ask: true, bid: true }).extend({
      ltq: optionalNumber,
      totalbuyqty: optionalNumber,
      totalsellqty: optionalNumber,
      asks: z.array(z.object({ price, quantity: z.number() })),
      bids: z.array(z.object({ price, quantity: z.number() }))
    })
  }),
  search: z.object({ ...success, data: z.array(symbolRecordSchema) }),
  symbol: z.object({ ...success, data: symbolRecordSchema }),
  'market/holidays': z.object({
    ...success,
    year: z.number(),
    timezone: z.string(),
    data: z.array(
      z.object({
        date: z.string(),
        description: z.string(),
        holiday_type: z.string(),
        closed_exchanges: z.array(z.string()),
        open_exchanges: z.array(exchangeTimingSchema)
      })
    )
  }),
  'market/timings': z.object({ ...success, data: z.array(exchangeTimingSchema) }),
  ping: z.object({ ...success, data: z.object({ message: z.string(), broker: z.string().optional() }) }),
  'telegram/notify': z.object({ ...success, message: z.string().optional() })
} as const;

/** Error bodies: `message` is a string or a marshmallow field map. */
export const errorBodySchema = z.object({ status: z.literal('error'), message: z.unknown() });

export type HistoryRow = z.infer<typeof historyRowSchema>;
export type OpenAlgoResponse<E extends keyof typeof RESPONSE_SCHEMAS> = z.output<(typeof RESPONSE_SCHEMAS)[E]>;
