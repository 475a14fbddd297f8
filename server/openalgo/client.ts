import type { CandleColumns } from '../../src-worker/candles/types.js';
import { createCoalescer, stableJson } from './coalesce.js';
import { flattenMessage, OpenAlgoError } from './errors.js';
import { historyRowsToColumns } from './history-rows.js';
import { issuesByField, REQUEST_SCHEMAS, type OpenAlgoEndpoint, type OpenAlgoRequest } from './request-schemas.js';
import { RESPONSE_SCHEMAS, type OpenAlgoResponse } from './response-schemas.js';
import { withRetries } from './retry.js';
import { createThrottle } from './throttle.js';
import { postToOpenAlgo } from './transport.js';

/** Where market data comes from: the user's OpenAlgo, or the built-in simulator (demo data). */
export type MarketDataSource = 'openalgo' | 'simulator';

export interface OpenAlgoClientOptions {
  host: string;
  apiKey: string;
  source?: MarketDataSource;
  historyRatePerSecond?: number;
  ratePerSecond?: number;
  concurrency?: number;
  timeoutMs?: number;
  retries?: number;
  retryBaseDelayMs?: number;
  retryMaxDelayMs?: number;
}

export interface CallOptions {
  /** Who is asking (a scan id, "chart"…): the throttle takes turns between callers. */
  caller?: string;
}

export type OpenAlgoResult<T> = { data: T } | { error: OpenAlgoError };
type Data<E extends Exclude<OpenAlgoEndpoint, 'history'>> =
  OpenAlgoResponse<E> extends { data: infer D } ? D : OpenAlgoResponse<E>;
type Method<E extends Exclude<OpenAlgoEndpoint, 'history'>> = (
  request: OpenAlgoRequest<E>,
  options?: CallOptions
) => Promise<OpenAlgoResult<Data<E>>>;

export interface OpenAlgoClient {
  readonly source: MarketDataSource;
  history(request: OpenAlgoRequest<'history'>, options?: CallOptions): Promise<OpenAlgoResult<CandleColumns>>;
  intervals(options?: CallOptions): Promise<OpenAlgoResult<Data<'intervals'>>>;
  quotes: Method<'quotes'>;
  multiquotes(
    request: OpenAlgoRequest<'multiquotes'>,
    options?: CallOptions
  ): Promise<OpenAlgoResult<OpenAlgoResponse<'multiquotes'>['results']>>;
  depth: Method<'depth'>;
  search: Method<'search'>;
  symbol: Method<'symbol'>;
  holidays(
    request?: OpenAlgoRequest<'market/holidays'>,
    options?: CallOptions
  ): Promise<OpenAlgoResult<Omit<OpenAlgoResponse<'market/holidays'>, 'status'>>>;
  timings: Method<'market/timings'>;
  ping(options?: CallOptions): Promise<OpenAlgoResult<Data<'ping'>>>;
  telegramNotify(
    request: OpenAlgoRequest<'telegram/notify'>,
    options?: CallOptions
  ): Promise<OpenAlgoResult<{ message?: string }>>;
}

/** What a request is about, for error messages: `NSE:SBIN`, `3 symbols`, `"reli"`. */
function subjectOf(request: Record<string, unknown>): string {
  if (typeof request.symbol === 'string') {
    const target = `${String(request.exchange ?? '?')}:${request.symbol.toUpperCase()}`;
    return request.interval
      ? `${target} ${String(request.interval)} ${String(request.start_date)}→${String(request.end_date)}`
      : target;
  }
  if (Array.isArray(request.symbols)) return `${request.symbols.length} symbols`;
  if (typeof request.query === 'string') return JSON.stringify(request.query);
  if (request.year !== undefined) return String(request.year);
  if (typeof request.date === 'string') return request.date;
  return '';
}

/**
 * A typed OpenAlgo client: validates requests and answers with zod, retries what is worth retrying,
 * paces itself below OpenAlgo's limits and shares identical concurrent requests. Methods resolve to
 * `{data}` or `{error: OpenAlgoError}`; they do not throw for expected failures.
 * @example const sbin = await client.history({ symbol: 'SBIN', exchange: 'NSE', interval: 'D', start_date: '2025-01-01', end_date: '2025-04-01' })
 */
export function createOpenAlgoClient(options: OpenAlgoClientOptions): OpenAlgoClient {
  const transport = { host: options.host, apiKey: options.apiKey, timeoutMs: options.timeoutMs ?? 15_000 };
  const policy = {
    retries: options.retries ?? 3,
    baseDelayMs: options.retryBaseDelayMs ?? 250,
    maxDelayMs: options.retryMaxDelayMs ?? 10_000
  };
  const throttle = createThrottle({
    ratePerSecond: { history: options.historyRatePerSecond ?? 3, general: options.ratePerSecond ?? 10 },
    concurrency: options.concurrency ?? 4
  });
  const coalesce = createCoalescer();

  async function call<E extends OpenAlgoEndpoint>(
    endpoint: E,
    request: unknown,
    callOptions: CallOptions = {}
  ): Promise<OpenAlgoResult<OpenAlgoResponse<E>>> {
    const subject = subjectOf((request ?? {}) as Record<string, unknown>);
    const what = subject ? `OpenAlgo ${endpoint} for ${subject}` : `OpenAlgo ${endpoint}`;
    const parsed = REQUEST_SCHEMAS[endpoint].safeParse(request ?? {});
    if (!parsed.success) {
      const reason = flattenMessage(issuesByField(parsed.error));
      return { error: new OpenAlgoError('invalid-request', `${what} was not sent: ${reason}`, endpoint) };
    }
    const body = parsed.data as object;
    const attempt = async (): Promise<OpenAlgoResult<OpenAlgoResponse<E>>> => {
      const requestClass = endpoint === 'history' ? 'history' : 'general';
      const sent = await throttle.schedule(requestClass, callOptions.caller ?? 'default', () =>
        postToOpenAlgo(endpoint, body, subject, transport)
      );
      if ('error' in sent) return sent;
      const shaped = RESPONSE_SCHEMAS[endpoint].safeParse(sent.data);
      if (!shaped.success) {
        const issue = shaped.error.issues[0];
        const reason = `unexpected answer (${issue.path.join('.') || 'body'}: ${issue.message})`;
        return { error: new OpenAlgoError('invalid-response', `${what} failed: ${reason}`, endpoint, 200) };
      }
      return { data: shaped.data as OpenAlgoResponse<E> };
    };
    // A notification is not idempotent: sending it twice is worse than reporting one failure.
    const retried = () => withRetries(attempt, endpoint === 'telegram/notify' ? { ...policy, retries: 0 } : policy);
    return coalesce(`${endpoint} ${stableJson(body)}`, retried);
  }

  const dataOf = async <E extends Exclude<OpenAlgoEndpoint, 'history'>>(
    endpoint: E,
    request: unknown,
    callOptions?: CallOptions
  ) => {
    const result = await call(endpoint, request, callOptions);
    return 'error' in result ? result : { data: (result.data as unknown as { data: Data<E> }).data };
  };

  return {
    source: options.source ?? 'openalgo',
    async history(request, callOptions) {
      const result = await call('history', request, callOptions);
      if ('error' in result) return result;
      const columns = historyRowsToColumns(result.data.data);
      if ('error' in columns) {
        const message = `OpenAlgo history for ${subjectOf(request)} failed: unexpected answer (${columns.error})`;
        return { error: new OpenAlgoError('invalid-response', message, 'history', 200) };
      }
      return columns;
    },
    intervals: (callOptions) => dataOf('intervals', {}, callOptions),
    quotes: (request, callOptions) => dataOf('quotes', request, callOptions),
    async multiquotes(request, callOptions) {
      const result = await call('multiquotes', request, callOptions);
      return 'error' in result ? result : { data: result.data.results };
    },
    depth: (request, callOptions) => dataOf('depth', request, callOptions),
    search: (request, callOptions) => dataOf('search', request, callOptions),
    symbol: (request, callOptions) => dataOf('symbol', request, callOptions),
    async holidays(request, callOptions) {
      const result = await call('market/holidays', request ?? {}, callOptions);
      if ('error' in result) return result;
      const { status: _status, ...holidays } = result.data;
      return { data: holidays };
    },
    timings: (request, callOptions) => dataOf('market/timings', request, callOptions),
    ping: (callOptions) => dataOf('ping', {}, callOptions),
    async telegramNotify(request, callOptions) {
      const result = await call('telegram/notify', request, callOptions);
      return 'error' in result ? result : { data: { message: result.data.message } };
    }
  };
}
