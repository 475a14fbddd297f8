import { createHmac } from 'node:crypto';

/** The signature header: `sha256=` + hex HMAC-SHA256 of the raw body under the shared secret. */
export const SIGNATURE_HEADER = 'X-FluxScan-Signature';

/**
 * Signs a webhook body the way receivers verify it.
 * @example signWebhookBody('{"a":1}', 'secret') // 'sha256=…'
 */
export function signWebhookBody(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** The retry budget and pacing when none is given: 1 + 3 attempts, waiting 1 s, 2 s, 4 s between them. */
export const WEBHOOK_DEFAULTS = { retries: 3, baseDelayMs: 1_000, timeoutMs: 10_000 } as const;

/**
 * How long to wait after attempt `attempt` before the next one.
 * @example webhookBackoffMs(2, 1_000) // 2000
 */
export const webhookBackoffMs = (attempt: number, baseDelayMs: number) => baseDelayMs * 2 ** (attempt - 1);

/** One POST's outcome: `retry` for 5xx, timeouts and network failures; `failed` for 4xx (the receiver refused it). */
export type WebhookAttempt = { status: 'sent'; error: null } | { status: 'retry' | 'failed'; error: string };

export interface WebhookOptions {
  url: string;
  /** The JSON text sent, exactly as signed. */
  body: string;
  secret: string;
  /** Attempts after the first, on retryable failures. */
  retries?: number;
  /** The attempt this call makes first: a delivery resumed after a restart continues its count and backoff. */
  firstAttempt?: number;
  /** Waits base, 2×base, 4×base… between attempts. */
  baseDelayMs?: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Called after every attempt, e.g. to record it. */
  onAttempt?: (attempt: WebhookAttempt, number: number) => Promise<void> | void;
}

async function postOnce(
  url: string,
  body: string,
  signature: string,
  timeoutMs: number,
  fetcher: typeof fetch
): Promise<WebhookAttempt> {
  try {
    const response = await fetcher(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signature, 'user-agent': 'FluxScan-Webhook' },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs)
    });
    await response.body?.cancel().catch(() => undefined);
    if (response.ok) return { status: 'sent', error: null };
    const error = `the webhook answered HTTP ${response.status}`;
    return { status: response.status >= 500 ? 'retry' : 'failed', error };
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return {
      status: 'retry',
      error: timedOut
        ? `the webhook did not answer within ${timeoutMs} ms`
        : `the webhook is unreachable (${error instanceof Error ? error.message : String(error)})`
    };
  }
}

/**
 * POSTs a signed JSON body, retrying 5xx answers, timeouts and network failures with exponential
 * backoff; a 4xx is final. Resolves to the last attempt's outcome (`retry` becomes `failed` when no tries are left).
 * @example await sendWebhook({ url, body: JSON.stringify(payload), secret, onAttempt: record })
 */
export async function sendWebhook(options: WebhookOptions): Promise<WebhookAttempt> {
  const {
    url,
    body,
    secret,
    retries = WEBHOOK_DEFAULTS.retries,
    baseDelayMs = WEBHOOK_DEFAULTS.baseDelayMs,
    timeoutMs = WEBHOOK_DEFAULTS.timeoutMs
  } = options;
  const fetcher = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const signature = signWebhookBody(body, secret);
  for (let attempt = options.firstAttempt ?? 1; ; attempt++) {
    const outcome = await postOnce(url, body, signature, timeoutMs, fetcher);
    const final: WebhookAttempt =
      outcome.status === 'retry' && attempt > retries ? { status: 'failed', error: outcome.error } : outcome;
    await options.onAttempt?.(final, attempt);
    if (final.status !== 'retry') return final;
    await sleep(webhookBackoffMs(attempt, baseDelayMs));
  }
}
