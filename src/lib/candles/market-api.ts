import { z } from 'zod';
import type { IstDate } from '$engine/calendar';
import { CANDLE_FIELDS, type CandleColumns, type EpochSeconds } from '$engine/candles/types';
import type { MarketDataSource, SymbolRef } from './candle-record';

/** A history request as the FluxScan server takes it; dates are inclusive. */
export interface HistoryRequest extends SymbolRef {
  interval: string;
  start_date: IstDate;
  end_date: IstDate;
}

/** History as the server answers it, columns as typed arrays. */
export interface MarketHistory {
  candles: CandleColumns;
  provenance: {
    source: MarketDataSource;
    /** When the server fetched these bars from OpenAlgo (epoch ms); earlier than now when it answered from its own cache. */
    fetchedAt: number;
    lastBarTime: EpochSeconds | null;
    cached: boolean;
  };
}

/** One symbol's answer to multiquotes: `quote`, or `error` for a symbol OpenAlgo could not quote. */
export interface SymbolQuote extends SymbolRef {
  quote?: { open: number; high: number; low: number; ltp: number; prev_close: number; volume: number; oi: number };
  error?: string;
}

/**
 * Why a call failed: the server's kinds (`not-found`, `rate-limited`, `timeout`, `auth`, `unreachable`,
 * `invalid-request`, …) or `offline` (the server could not be reached), `aborted`, `invalid-response`.
 */
export interface MarketApiError {
  kind: string;
  message: string;
}

export type MarketApiResult<T> = { data: T } | { error: MarketApiError };

/** The server's market-data API as the candle loader uses it. */
export interface MarketApi {
  history(request: HistoryRequest, options?: { signal?: AbortSignal }): Promise<MarketApiResult<MarketHistory>>;
  /** Quotes for up to 500 symbols in one request. */
  multiquotes(symbols: SymbolRef[], options?: { signal?: AbortSignal }): Promise<MarketApiResult<SymbolQuote[]>>;
}

const numbers = z.array(z.number());
const historyBodySchema = z
  .object({
    columns: z
      .object({
        time: numbers,
        open: numbers,
        high: numbers,
        low: numbers,
        close: numbers,
        volume: numbers,
        oi: numbers
      })
      .refine(
        (columns) => CANDLE_FIELDS.every((field) => columns[field].length === columns.time.length),
        'columns differ in length'
      )
      .transform(
        (columns) =>
          Object.fromEntries(
            CANDLE_FIELDS.map((field) => [field, Float64Array.from(columns[field])])
          ) as unknown as CandleColumns
      ),
    provenance: z.object({
      source: z.enum(['openalgo', 'simulator']),
      fetchedAt: z.iso.datetime().transform((text) => Date.parse(text)),
      lastBarTime: z
        .number()
        .nullable()
        .transform((time) => time as EpochSeconds | null),
      cached: z.boolean()
    })
  })
  .transform(({ columns, provenance }): MarketHistory => ({ candles: columns, provenance }));
const multiquotesBodySchema = z.object({
  data: z.array(
    z.object({
      symbol: z.string(),
      exchange: z.string(),
      data: z
        .object({
          open: z.number(),
          high: z.number(),
          low: z.number(),
          ltp: z.number(),
          prev_close: z.number(),
          volume: z.number(),
          oi: z.number().default(0)
        })
        .optional(),
      error: z.string().optional()
    })
  )
});
const errorBodySchema = z.object({ error: z.object({ kind: z.string().default('server'), message: z.string() }) });

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/**
 * A client for `POST /api/market/history` and `/api/market/multiquotes`. Every answer is parsed;
 * nothing throws: failures come back as `{ error: { kind, message } }`.
 * @example const api = createMarketApi(); const result = await api.history({ symbol: 'INFY', exchange: 'NSE', interval: 'D', start_date, end_date })
 */
export function createMarketApi({
  fetch = (input, init) => globalThis.fetch(input, init),
  baseUrl = ''
}: { fetch?: Fetch; baseUrl?: string } = {}): MarketApi {
  async function post<T>(
    endpoint: string,
    body: unknown,
    schema: z.ZodType<T>,
    signal?: AbortSignal
  ): Promise<MarketApiResult<T>> {
    let response: Response;
    try {
      response = await fetch(`${baseUrl}/api/market/${endpoint}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal
      });
    } catch (error) {
      if (signal?.aborted) return { error: { kind: 'aborted', message: `${endpoint} request cancelled` } };
      return {
        error: { kind: 'offline', message: `the FluxScan server could not be reached (${(error as Error).message})` }
      };
    }
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      if (signal?.aborted) return { error: { kind: 'aborted', message: `${endpoint} request cancelled` } };
      return {
        error: {
          kind: 'invalid-response',
          message: `${endpoint}: HTTP ${response.status} with a body that is not JSON`
        }
      };
    }
    if (!response.ok) {
      const failure = errorBodySchema.safeParse(json);
      return {
        error: failure.success
          ? failure.data.error
          : { kind: 'server', message: `${endpoint}: HTTP ${response.status}` }
      };
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success)
      return {
        error: {
          kind: 'invalid-response',
          message: `${endpoint}: unexpected answer (${z.prettifyError(parsed.error)})`
        }
      };
    return { data: parsed.data };
  }

  return {
    history: (request, { signal } = {}) => post('history', request, historyBodySchema, signal),
    async multiquotes(symbols, { signal } = {}) {
      const result = await post('multiquotes', { symbols }, multiquotesBodySchema, signal);
      if ('error' in result) return result;
      return {
        data: result.data.data.map(({ symbol, exchange, data, error }) => ({ symbol, exchange, quote: data, error }))
      };
    }
  };
}
