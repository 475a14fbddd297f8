import { RETRYABLE_KINDS, type OpenAlgoError } from './errors.js';

export interface RetryPolicy {
  /** Attempts after the first one. */
  retries: number;
  /** First back-off; each retry doubles it, with jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` until it succeeds, fails for a reason retrying cannot fix (400/403/404, malformed
 * answers), or `retries` more attempts have failed. Waits between attempts grow exponentially with
 * jitter (so many callers do not retry in lockstep) and honour a 429's Retry-After.
 * @example await withRetries(() => post('quotes', body), { retries: 3, baseDelayMs: 250, maxDelayMs: 5000 })
 */
export async function withRetries<T>(
  attempt: () => Promise<{ data: T } | { error: OpenAlgoError }>,
  policy: RetryPolicy
): Promise<{ data: T } | { error: OpenAlgoError }> {
  for (let retry = 0; ; retry++) {
    const result = await attempt();
    if ('data' in result || retry >= policy.retries || !RETRYABLE_KINDS.has(result.error.kind)) return result;
    const backoff = policy.baseDelayMs * 2 ** retry * (0.5 + Math.random() * 0.5);
    const asked = (result.error.retryAfterSeconds ?? 0) * 1000;
    await sleep(Math.min(policy.maxDelayMs, Math.max(backoff, asked)));
  }
}
