import { Hono } from 'hono';
import { createEndpointHandlers, type SimulatedResponse, type TimestampFormat } from './endpoint-handlers.js';
import { createErrorDecider, malformed, simulatorFaultsSchema, type SimulatorFaults } from './faults.js';
import { createMarketSeries } from './market-series.js';
import { latestStartedSession } from '../../src-worker/calendar/index.js';
import { createRateLimiter, createSpacer } from './pacing.js';
import { fieldErrors, SIMULATOR_SCHEMAS, type SimulatedEndpoint } from './request-schemas.js';
import { loadSymbolMaster } from './symbol-master.js';

export interface SimulatorOptions {
  apiKey: string;
  /** Market time; tests move it to cross sessions. Defaults to the wall clock. */
  now?: () => Date;
  timestampFormat?: TimestampFormat;
  /** OpenAlgo spaces broker history calls 350 ms apart. */
  historySpacingMs?: number;
  /** OpenAlgo's API_RATE_LIMIT ("50 per second" in current releases). */
  rateLimitPerSecond?: number;
  faults?: Partial<SimulatorFaults>;
  broker?: string;
}

/** One request as it reached the simulator; `body` never holds the api key. */
export interface SimulatorRequest {
  path: string;
  body: unknown;
  time: number;
}

export interface Simulator {
  app: Hono;
  /** Every request received, allowed or not, oldest first. */
  requests: SimulatorRequest[];
  /** Change at any time to inject failures into later calls. */
  faults: SimulatorFaults;
  settings: { timestampFormat: TimestampFormat };
  /** Ends requests held by the `hang` fault. */
  release(): void;
}

const API_PREFIX = '/api/v1/';
const endpoints = Object.keys(SIMULATOR_SCHEMAS) as SimulatedEndpoint[];
const json = (response: SimulatedResponse, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(response.body), {
    status: response.status,
    headers: { 'content-type': 'application/json', ...headers }
  });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function withoutApiKey(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const { apikey: _apikey, ...rest } = body as Record<string, unknown>;
  return rest;
}

/**
 * A Hono app speaking OpenAlgo's market-data API over NSE symbols, with a request log and
 * fault injection. Anything outside the market-data endpoints answers 404 (and is logged).
 * @example const sim = createSimulatorApp({ apiKey: 'k' }); await sim.app.request('/api/v1/ping', { method: 'POST', body: '{"apikey":"k"}' })
 */
export function createSimulatorApp(options: SimulatorOptions): Simulator {
  const faults = simulatorFaultsSchema.parse(options.faults ?? {});
  const settings = { timestampFormat: options.timestampFormat ?? 'epoch-seconds' };
  const requests: SimulatorRequest[] = [];
  const rateLimiter = createRateLimiter(options.rateLimitPerSecond ?? 50);
  const errorStrikes = createErrorDecider(faults);
  let releaseHung: () => void = () => {};
  let hung = new Promise<void>((resolve) => (releaseHung = resolve));
  const handlers = createEndpointHandlers({
    master: loadSymbolMaster(),
    series: createMarketSeries(latestStartedSession((options.now ?? (() => new Date()))()).date),
    now: options.now ?? (() => new Date()),
    broker: options.broker ?? 'simulator',
    settings,
    waitForHistorySlot: createSpacer(options.historySpacingMs ?? 350)
  });

  const app = new Hono();
  app.all('*', async (c) => {
    const path = c.req.path;
    let body: unknown;
    let readable = true;
    try {
      body = await c.req.json();
    } catch {
      readable = false;
    }
    requests.push({ path, body: withoutApiKey(body), time: Date.now() });
    const endpoint = path.startsWith(API_PREFIX) ? (path.slice(API_PREFIX.length) as SimulatedEndpoint) : undefined;
    if (c.req.method !== 'POST' || !endpoint || !endpoints.includes(endpoint)) {
      return json({ status: 404, body: { status: 'error', message: 'Not found' } });
    }
    if (faults.hang) {
      await hung;
      return json({ status: 503, body: { status: 'error', message: 'Simulator closed' } });
    }
    if (faults.latencyMs > 0) await sleep(faults.latencyMs);
    if (faults.rateLimitBurst > 0) {
      faults.rateLimitBurst--;
      // Flask-Limiter's default 429 page is HTML, which clients must survive.
      return c.html('<title>429 Too Many Requests</title><h1>Too Many Requests</h1><p>10 per 1 second</p>', 429);
    }
    if (!rateLimiter.tryAcquire()) {
      return json({ status: 429, body: { status: 'error', message: 'Rate limit exceeded' } }, { 'retry-after': '1' });
    }
    if (errorStrikes())
      return json({ status: 500, body: { status: 'error', message: 'An unexpected error occurred' } });
    if (!readable) return json({ status: 400, body: { status: 'error', message: 'Request body is not valid JSON' } });

    const parsed = SIMULATOR_SCHEMAS[endpoint].safeParse(body);
    if (!parsed.success) return json({ status: 400, body: { status: 'error', message: fieldErrors(parsed.error) } });
    if (parsed.data.apikey !== options.apiKey) {
      // telegram/notify answers a bad key with 401, the market-data endpoints with 403.
      const status = endpoint === 'telegram/notify' ? 401 : 403;
      return json({ status, body: { status: 'error', message: 'Invalid openalgo apikey' } });
    }
    const symbol = 'symbol' in parsed.data ? String(parsed.data.symbol).toUpperCase() : undefined;
    if (symbol && faults.failingSymbols.includes(symbol)) {
      return json({ status: 500, body: { status: 'error', message: `Broker error while fetching ${symbol}` } });
    }
    const handler = handlers[endpoint] as (body: unknown) => Promise<SimulatedResponse>;
    const response = await handler(parsed.data);
    if (response.status === 200 && faults.malformedBody) {
      return new Response(malformed(faults.malformedBody), {
        status: 200,
        headers: { 'content-type': 'application/json' }
      });
    }
    return json(response);
  });

  return {
    app,
    requests,
    faults,
    settings,
    release() {
      releaseHung();
      hung = new Promise<void>((resolve) => (releaseHung = resolve));
    }
  };
}
