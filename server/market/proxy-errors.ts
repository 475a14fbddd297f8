import type { OpenAlgoError, OpenAlgoErrorKind } from '../openalgo/index.js';

/** What the browser sees for each OpenAlgo failure: its own mistakes as 4xx, upstream trouble as 502/504. */
const STATUS_BY_KIND: Record<OpenAlgoErrorKind, 400 | 404 | 429 | 502 | 504> = {
  'invalid-request': 400,
  'not-found': 404,
  'rate-limited': 429,
  timeout: 504,
  auth: 502,
  server: 502,
  unreachable: 502,
  'invalid-response': 502
};

/** The JSON body of every proxy error. */
export interface ProxyErrorBody {
  error: { kind: string; message: string; fields?: Record<string, string[]> };
}

/**
 * The response for a failed OpenAlgo call: `{error: {kind, message}}` with a fitting status,
 * and Retry-After when OpenAlgo asked the proxy to slow down.
 * @example const { status, body, headers } = proxyErrorResponse(result.error)
 */
export function proxyErrorResponse(error: OpenAlgoError): {
  status: 400 | 404 | 429 | 502 | 504;
  body: ProxyErrorBody;
  headers: Record<string, string>;
} {
  const status = STATUS_BY_KIND[error.kind];
  const message =
    error.kind === 'auth'
      ? `${error.message} (the OpenAlgo API key configured on the FluxScan server was refused)`
      : error.message;
  const headers: Record<string, string> =
    status === 429 ? { 'retry-after': String(Math.max(1, Math.ceil(error.retryAfterSeconds ?? 1))) } : {};
  return { status, body: { error: { kind: error.kind, message } }, headers };
}
