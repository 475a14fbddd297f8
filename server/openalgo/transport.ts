import { errorBodySchema } from './response-schemas.js';
import { flattenMessage, OpenAlgoError, redact, type OpenAlgoErrorKind } from './errors.js';

export interface TransportOptions {
  /** OpenAlgo's base URL, e.g. `http://127.0.0.1:5000`. */
  host: string;
  apiKey: string;
  timeoutMs: number;
}

export type TransportResult = { data: unknown } | { error: OpenAlgoError };

const KIND_BY_STATUS: Record<number, OpenAlgoErrorKind> = {
  400: 'invalid-request',
  401: 'auth',
  403: 'auth',
  404: 'not-found',
  429: 'rate-limited'
};
const CONNECTION_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'UND_ERR_SOCKET'
]);

function describeFailure(error: unknown): { kind: OpenAlgoErrorKind; reason: string } {
  const name = (error as { name?: string })?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return { kind: 'timeout', reason: 'no answer in time' };
  const code = (error as { cause?: { code?: string } })?.cause?.code;
  if (code && CONNECTION_ERRORS.has(code)) return { kind: 'unreachable', reason: `cannot connect (${code})` };
  return { kind: 'unreachable', reason: `request failed (${(error as Error)?.message ?? 'unknown error'})` };
}

function retryAfterSeconds(header: string | null): number | undefined {
  const seconds = Number(header);
  return header !== null && Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/**
 * One POST to `{host}/api/v1/{endpoint}` with the key added, read as JSON. HTTP and network failures
 * come back as a typed OpenAlgoError whose message names what was asked (`subject`) and never the key.
 * @example await postToOpenAlgo('quotes', { symbol: 'SBIN', exchange: 'NSE' }, 'NSE:SBIN', options)
 */
export async function postToOpenAlgo(
  endpoint: string,
  body: object,
  subject: string,
  options: TransportOptions
): Promise<TransportResult> {
  const what = subject ? `OpenAlgo ${endpoint} for ${subject}` : `OpenAlgo ${endpoint}`;
  const fail = (kind: OpenAlgoErrorKind, reason: string, status?: number, retryAfter?: number) => ({
    error: new OpenAlgoError(kind, `${what} failed: ${redact(reason, options.apiKey)}`, endpoint, status, retryAfter)
  });
  let response: Response;
  let text: string;
  try {
    response = await fetch(`${options.host.replace(/\/+$/, '')}/api/v1/${endpoint}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ ...body, apikey: options.apiKey }),
      signal: AbortSignal.timeout(options.timeoutMs)
    });
    text = await response.text();
  } catch (error) {
    const { kind, reason } = describeFailure(error);
    return fail(kind, kind === 'timeout' ? `${reason} (${options.timeoutMs} ms)` : reason);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (response.ok) {
    if (json === undefined) return fail('invalid-response', 'the answer is not valid JSON', response.status);
    const error = errorBodySchema.safeParse(json);
    if (error.success) return fail('server', flattenMessage(error.data.message), response.status);
    return { data: json };
  }
  const kind = KIND_BY_STATUS[response.status] ?? 'server';
  const parsed = errorBodySchema.safeParse(json);
  // Flask-Limiter and proxies answer with HTML; the status says enough then.
  const reason = parsed.success
    ? flattenMessage(parsed.data.message)
    : `HTTP ${response.status} ${response.statusText}`.trim();
  return fail(kind, reason, response.status, retryAfterSeconds(response.headers.get('retry-after')));
}
