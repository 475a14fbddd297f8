/** Why a call to OpenAlgo failed; decides retries and the HTTP status the proxy answers with. */
export type OpenAlgoErrorKind =
  'auth' | 'not-found' | 'rate-limited' | 'server' | 'timeout' | 'unreachable' | 'invalid-response' | 'invalid-request';

/** Failures worth another attempt: they are usually over a moment later. */
export const RETRYABLE_KINDS: ReadonlySet<OpenAlgoErrorKind> = new Set([
  'rate-limited',
  'server',
  'timeout',
  'unreachable'
]);

/** A failed OpenAlgo call. Its message names the endpoint and symbol and never holds the API key. */
export class OpenAlgoError extends Error {
  override readonly name = 'OpenAlgoError';

  constructor(
    readonly kind: OpenAlgoErrorKind,
    message: string,
    readonly endpoint: string,
    readonly status?: number,
    /** Seconds to wait before trying again, when OpenAlgo said so (429). */
    readonly retryAfterSeconds?: number
  ) {
    super(message);
  }
}

/**
 * OpenAlgo's `message` — a string or a marshmallow field map — as one readable line.
 * @example flattenMessage({ symbols: { 0: { exchange: ['Must be one of: NSE.'] } } }) // 'symbols.0.exchange: Must be one of: NSE.'
 */
export function flattenMessage(message: unknown, path: string[] = []): string {
  if (typeof message === 'string') return path.length ? `${path.join('.')}: ${message}` : message;
  if (Array.isArray(message)) return message.map((item) => flattenMessage(item, path)).join('; ');
  if (message && typeof message === 'object') {
    return Object.entries(message)
      .map(([key, value]) => flattenMessage(value, [...path, key]))
      .join('; ');
  }
  return path.length ? `${path.join('.')}: ${String(message)}` : String(message);
}

/**
 * Removes every occurrence of `secret` from text that came from outside (an upstream message may echo the request).
 * @example redact('bad key abc123', 'abc123') // 'bad key ***'
 */
export function redact(text: string, secret: string): string {
  return secret ? text.split(secret).join('***') : text;
}
