/** What OpenAlgo answered one POST. */
export interface PostOutcome {
  ok: boolean;
  httpStatus: number | null;
  answer: string;
}

/**
 * POSTs a JSON body to exactly `url` (no redirects followed), once: a retried order webhook could
 * place an order twice, so a failure is recorded, not repeated.
 * @example await postJson('http://127.0.0.1:5000/strategy/webhook/abc', '{"symbol":"SBIN"}')
 */
export async function postJson(
  url: string,
  body: string,
  { fetcher = fetch, timeoutMs = 10_000 }: { fetcher?: typeof fetch; timeoutMs?: number } = {}
): Promise<PostOutcome> {
  try {
    const response = await fetcher(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'FluxScan-Alerts' },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs)
    });
    const text = (await response.text().catch(() => '')).slice(0, 500);
    return { ok: response.ok, httpStatus: response.status, answer: text || `HTTP ${response.status}` };
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return {
      ok: false,
      httpStatus: null,
      answer: timedOut
        ? `OpenAlgo did not answer within ${timeoutMs} ms`
        : `OpenAlgo is unreachable (${error instanceof Error ? error.message : String(error)})`
    };
  }
}
