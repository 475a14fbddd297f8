import { Hono, type Context } from 'hono';
import { compress } from 'hono/compress';
import {
  REQUEST_SCHEMAS,
  type OpenAlgoClient,
  type OpenAlgoEndpoint,
  type OpenAlgoError,
  type ValidRequest
} from '../openalgo/index.js';
import { issuesByField } from '../http/field-issues.js';
import type { CandleCache } from './candle-cache.js';
import { historyResponseBody } from './history-wire.js';
import { proxyErrorResponse, type ProxyErrorBody } from './proxy-errors.js';

export interface MarketRoutesOptions {
  client: OpenAlgoClient;
  cache: CandleCache;
}

/** Read-only market data: the only OpenAlgo endpoints the browser may reach (telegram/notify stays server-side). */
type ProxiedEndpoint = Exclude<OpenAlgoEndpoint, 'telegram/notify'>;

/** Endpoints that trade or read the account. They are refused by name so the refusal is unmistakable. */
const TRADING_ENDPOINTS = new Set([
  'placeorder',
  'placesmartorder',
  'modifyorder',
  'cancelorder',
  'cancelallorder',
  'closeposition',
  'basketorder',
  'splitorder',
  'optionsorder',
  'optionsmultiorder',
  'placegttorder',
  'modifygttorder',
  'cancelgttorder',
  'funds',
  'orderbook',
  'tradebook',
  'positionbook',
  'holdings',
  'orderstatus',
  'openposition',
  'analyzer'
]);

/** Callers name themselves (a scan id) so the throttle can take turns between them. */
const CALLER_HEADER = 'x-fluxscan-caller';

const fail = (c: Context, status: 400 | 403 | 404, kind: string, message: string, fields?: Record<string, string[]>) =>
  c.json({ error: { kind, message, ...(fields ? { fields } : {}) } } satisfies ProxyErrorBody, status);

const upstreamFailure = (c: Context, error: OpenAlgoError) => {
  const { status, body, headers } = proxyErrorResponse(error);
  return c.json(body, status, headers);
};

/**
 * The OpenAlgo proxy, to be mounted at `/api/market`: `POST /api/market/<endpoint>` for the
 * read-only market-data endpoints, bodies validated (no `apikey` accepted: the server adds its own),
 * answers gzip-compressed when the browser accepts it. Every other path is refused and never forwarded.
 * @example app.route('/api/market', createMarketRoutes({ client, cache }))
 */
export function createMarketRoutes({ client, cache }: MarketRoutesOptions): Hono {
  const app = new Hono();
  app.use(compress());

  /** Parses and validates a body; answers 400 itself when that fails. */
  async function readBody<E extends ProxiedEndpoint>(c: Context, endpoint: E) {
    let json: unknown;
    try {
      const text = await c.req.text();
      json = text.trim() === '' ? {} : JSON.parse(text);
    } catch {
      return { response: fail(c, 400, 'invalid-request', 'the request body is not valid JSON') };
    }
    const parsed = REQUEST_SCHEMAS[endpoint].safeParse(json);
    if (parsed.success)
      return { body: parsed.data as ValidRequest<E>, caller: c.req.header(CALLER_HEADER)?.slice(0, 64) || 'browser' };
    const fields = issuesByField(parsed.error);
    const summary = Object.entries(fields)
      .map(([field, messages]) => `${field}: ${messages.join(', ')}`)
      .join('; ');
    return { response: fail(c, 400, 'invalid-request', `invalid ${endpoint} request (${summary})`, fields) };
  }

  app.post('/history', async (c) => {
    const read = await readBody(c, 'history');
    if ('response' in read) return read.response;
    const result = await cache.history(read.body, { caller: read.caller });
    return 'error' in result ? upstreamFailure(c, result.error) : c.json(historyResponseBody(read.body, result.data));
  });

  const passThrough: {
    [E in Exclude<ProxiedEndpoint, 'history'>]: (
      body: never,
      caller: string
    ) => Promise<{ data: unknown } | { error: OpenAlgoError }>;
  } = {
    intervals: (_body, caller) => client.intervals({ caller }),
    quotes: (body, caller) => client.quotes(body, { caller }),
    multiquotes: (body, caller) => client.multiquotes(body, { caller }),
    depth: (body, caller) => client.depth(body, { caller }),
    search: (body, caller) => client.search(body, { caller }),
    symbol: (body, caller) => client.symbol(body, { caller }),
    'market/holidays': (body, caller) => client.holidays(body, { caller }),
    'market/timings': (body, caller) => client.timings(body, { caller }),
    ping: (_body, caller) => client.ping({ caller })
  };
  for (const endpoint of Object.keys(passThrough) as Array<keyof typeof passThrough>) {
    app.post(`/${endpoint}`, async (c) => {
      const read = await readBody(c, endpoint);
      if ('response' in read) return read.response;
      const result = await passThrough[endpoint](read.body as never, read.caller);
      return 'error' in result ? upstreamFailure(c, result.error) : c.json({ data: result.data });
    });
  }

  app.all('*', (c) => {
    const name = c.req.path.split('/').filter(Boolean).pop()?.toLowerCase() ?? '';
    if (TRADING_ENDPOINTS.has(name)) {
      return fail(
        c,
        403,
        'not-allowed',
        `FluxScan never forwards "${name}": only read-only market data goes to OpenAlgo`
      );
    }
    return fail(c, 404, 'not-found', `${c.req.method} ${c.req.path} is not a market-data endpoint FluxScan forwards`);
  });
  return app;
}
