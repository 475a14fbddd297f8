import { z } from 'zod';
import type { SymbolRef } from './watchlist-model';

const errorBodySchema = z.object({ error: z.object({ message: z.string() }) });

const searchResponseSchema = z.object({
  data: z.array(
    z.object({
      symbol: z.string(),
      exchange: z.string(),
      name: z.string().catch(''),
      instrumenttype: z.string().catch('')
    })
  )
});
const validateResponseSchema = z.object({
  results: z.array(
    z.object({
      symbol: z.string(),
      exchange: z.string(),
      status: z.enum(['valid', 'unknown']),
      name: z.string().optional()
    })
  )
});

export type SymbolMatch = z.infer<typeof searchResponseSchema>['data'][number];
export type SymbolCheck = z.infer<typeof validateResponseSchema>['results'][number];

/** A failed call to the FluxScan server, with its HTTP status. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message);
  }
}

/** POSTs JSON to the FluxScan server and parses the answer; an HTTP error becomes an ApiError with the server's message. */
async function postJson<T>(url: string, body: unknown, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal
  });
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(json);
    throw new ApiError(response.status, parsed.success ? parsed.data.error.message : `${url}: HTTP ${response.status}`);
  }
  return schema.parse(json);
}

/**
 * Symbols matching a query, through the OpenAlgo proxy. OpenAlgo answers "nothing found" with a 404,
 * which is an empty list here.
 * @example await searchSymbols('relia', { exchange: 'NSE' })
 */
export async function searchSymbols(
  query: string,
  options: { exchange?: string; signal?: AbortSignal } = {}
): Promise<SymbolMatch[]> {
  const body = { query, ...(options.exchange ? { exchange: options.exchange } : {}) };
  try {
    return (await postJson('/api/market/search', body, searchResponseSchema, options.signal)).data;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return [];
    throw error;
  }
}

/** Symbols checked per request: small enough that progress moves and a dropped connection loses little. */
export const VALIDATE_CHUNK = 100;

/**
 * Asks the server whether OpenAlgo knows these symbols (at most VALIDATE_CHUNK per call).
 * @example await checkSymbols([{ symbol: 'SBIN', exchange: 'NSE' }]) // [{ symbol: 'SBIN', exchange: 'NSE', status: 'valid', name: '…' }]
 */
export async function checkSymbols(symbols: SymbolRef[], signal?: AbortSignal): Promise<SymbolCheck[]> {
  return (await postJson('/api/symbols/validate', { symbols }, validateResponseSchema, signal)).results;
}
