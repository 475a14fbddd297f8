import { z } from 'zod';
import type { SymbolRef } from '$lib/candles';

const quoteSchema = z.object({
  open: z.number(),
  high: z.number(),
  low: z.number(),
  ltp: z.number(),
  prev_close: z.number(),
  volume: z.number(),
  bid: z.number().optional(),
  ask: z.number().optional()
});
export type Quote = z.infer<typeof quoteSchema>;

const depthLevelSchema = z.object({ price: z.number(), quantity: z.number() });
const depthSchema = z.object({
  ltp: z.number(),
  totalbuyqty: z.number().optional(),
  totalsellqty: z.number().optional(),
  bids: z.array(depthLevelSchema),
  asks: z.array(depthLevelSchema)
});
export type Depth = z.infer<typeof depthSchema>;

const errorBodySchema = z.object({ error: z.object({ kind: z.string().default('server'), message: z.string() }) });

export type SnapshotResult<T> = { data: T } | { error: { kind: string; message: string } };

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

async function postMarket<T>(
  endpoint: 'quotes' | 'depth',
  ref: SymbolRef,
  schema: z.ZodType<T>,
  fetch: Fetch
): Promise<SnapshotResult<T>> {
  let response: Response;
  try {
    response = await fetch(`/api/market/${endpoint}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ symbol: ref.symbol, exchange: ref.exchange })
    });
  } catch {
    return {
      error: {
        kind: 'offline',
        message:
          'Offline: the FluxScan server cannot be reached, so there is no live data. The chart shows cached candles.'
      }
    };
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const failure = errorBodySchema.safeParse(body);
    return {
      error: failure.success ? failure.data.error : { kind: 'server', message: `${endpoint}: HTTP ${response.status}` }
    };
  }
  const parsed = z.object({ data: schema }).safeParse(body);
  return parsed.success
    ? { data: parsed.data.data }
    : { error: { kind: 'invalid-response', message: `${endpoint}: the server's answer was not understood` } };
}

/**
 * The latest quote through the server's OpenAlgo proxy; failures (offline included) come back as `{ error }`.
 * @example const result = await fetchQuote({ symbol: 'INFY', exchange: 'NSE' })
 */
export const fetchQuote = (ref: SymbolRef, fetch: Fetch = (input, init) => globalThis.fetch(input, init)) =>
  postMarket('quotes', ref, quoteSchema, fetch);

/**
 * Market depth (five bid and ask levels) through the proxy.
 * @example const result = await fetchDepth({ symbol: 'INFY', exchange: 'NSE' })
 */
export const fetchDepth = (ref: SymbolRef, fetch: Fetch = (input, init) => globalThis.fetch(input, init)) =>
  postMarket('depth', ref, depthSchema, fetch);
