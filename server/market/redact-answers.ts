import type { OpenAlgoClient, OpenAlgoResult } from '../openalgo/index.js';

/** A copy of `value` with every occurrence of `secret` in its strings (and keys) replaced by `***`. */
function scrub(value: unknown, secret: string): unknown {
  if (typeof value === 'string') return value.includes(secret) ? value.split(secret).join('***') : value;
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return value;
  if (Array.isArray(value)) return value.map((item) => scrub(item, secret));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [scrub(key, secret) as string, scrub(item, secret)])
  );
}

/**
 * The client with its API key removed from every successful answer: an OpenAlgo (or anything
 * posing as one) that echoes the request would otherwise hand the key to whoever reads the answer.
 * Its errors are redacted where they are made.
 * @example const client = withKeyRedacted(createOpenAlgoClient({ host, apiKey }), apiKey)
 */
export function withKeyRedacted(client: OpenAlgoClient, apiKey: string): OpenAlgoClient {
  const redacted =
    <A extends unknown[], T>(call: (...args: A) => Promise<OpenAlgoResult<T>>) =>
    async (...args: A): Promise<OpenAlgoResult<T>> => {
      const result = await call(...args);
      return 'data' in result ? { data: scrub(result.data, apiKey) as T } : result;
    };
  return {
    source: client.source,
    history: redacted(client.history),
    intervals: redacted(client.intervals),
    quotes: redacted(client.quotes),
    multiquotes: redacted(client.multiquotes),
    depth: redacted(client.depth),
    search: redacted(client.search),
    symbol: redacted(client.symbol),
    holidays: redacted(client.holidays),
    timings: redacted(client.timings),
    ping: redacted(client.ping),
    telegramNotify: redacted(client.telegramNotify)
  };
}
