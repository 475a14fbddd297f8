import { Hono } from 'hono';
import { z } from 'zod';
import { issuesByField } from '../http/field-issues.js';
import type { OpenAlgoClient } from '../openalgo/index.js';
import { proxyErrorResponse, type ProxyErrorBody } from '../market/proxy-errors.js';
import { validateSymbols } from './validate-symbols.js';

/** Enough for the largest NSE list with room to spare; bigger lists validate in several requests. */
const MAX_SYMBOLS_PER_REQUEST = 5000;

const validateRequest = z.strictObject({
  symbols: z
    .array(
      z.strictObject({
        symbol: z.string().trim().min(1, 'must not be empty').max(64, 'must be at most 64 characters'),
        exchange: z.string().trim().min(1, 'must not be empty').max(32, 'must be at most 32 characters')
      })
    )
    .min(1, 'must list at least one symbol')
    .max(MAX_SYMBOLS_PER_REQUEST, `must list at most ${MAX_SYMBOLS_PER_REQUEST} symbols`)
});

export interface SymbolRoutesOptions {
  client: OpenAlgoClient;
  /** Lookups in flight at once (default 4). */
  concurrency?: number;
}

const invalid = (message: string, fields?: Record<string, string[]>): ProxyErrorBody => ({
  error: { kind: 'invalid-request', message, ...(fields ? { fields } : {}) }
});

/**
 * Symbol checks against the user's OpenAlgo, to be mounted at `/api/symbols`:
 * `POST /validate {symbols: [{symbol, exchange}]}` → `{results: [{symbol, exchange, status: 'valid'|'unknown', name?}]}`.
 * @example app.route('/api/symbols', createSymbolRoutes({ client }))
 */
export function createSymbolRoutes({ client, concurrency = 4 }: SymbolRoutesOptions): Hono {
  const app = new Hono();
  app.post('/validate', async (c) => {
    let json: unknown;
    try {
      json = JSON.parse(await c.req.text());
    } catch {
      return c.json(invalid('the request body is not valid JSON'), 400);
    }
    const parsed = validateRequest.safeParse(json);
    if (!parsed.success) {
      const fields = issuesByField(parsed.error);
      const summary = Object.entries(fields)
        .slice(0, 5)
        .map(([field, messages]) => `${field}: ${messages.join(', ')}`)
        .join('; ');
      return c.json(invalid(`invalid validate request (${summary})`, fields), 400);
    }
    const result = await validateSymbols(parsed.data.symbols, { client, concurrency, signal: c.req.raw.signal });
    if ('error' in result) {
      const { status, body, headers } = proxyErrorResponse(result.error);
      return c.json(body, status, headers);
    }
    return c.json({ results: result.data });
  });
  return app;
}
