/**
 * Shares one in-flight promise between identical concurrent requests: ten charts opening SBIN at
 * once cost one upstream call. The shared result must be treated as read-only by every caller.
 * @example const once = createCoalescer(); await Promise.all([once('k', f), once('k', f)]) // f runs once
 */
export function createCoalescer() {
  const inFlight = new Map<string, Promise<unknown>>();
  return function coalesce<T>(key: string, task: () => Promise<T>): Promise<T> {
    const running = inFlight.get(key);
    if (running) return running as Promise<T>;
    const started = task().finally(() => inFlight.delete(key));
    inFlight.set(key, started);
    return started;
  };
}

/**
 * JSON with object keys sorted, so equal requests give equal keys whatever order fields came in.
 * @example stableJson({ b: 1, a: 2 }) === stableJson({ a: 2, b: 1 }) // true
 */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
