const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A sliding one-second window like Flask-Limiter's "N per second": `tryAcquire()` is false when full.
 * @example const limiter = createRateLimiter(50); if (!limiter.tryAcquire()) return tooManyRequests
 */
export function createRateLimiter(perSecond: number) {
  const recent: number[] = [];
  return {
    tryAcquire(): boolean {
      const now = Date.now();
      while (recent.length > 0 && recent[0] <= now - 1000) recent.shift();
      if (recent.length >= perSecond) return false;
      recent.push(now);
      return true;
    }
  };
}

/**
 * Queues callers so they proceed at least `spacingMs` apart, as OpenAlgo does for broker history
 * calls (350 ms, because brokers allow about 3 historical requests per second).
 * @example const waitTurn = createSpacer(350); await waitTurn()
 */
export function createSpacer(spacingMs: number): () => Promise<void> {
  let nextSlot = 0;
  return async () => {
    const now = Date.now();
    const slot = Math.max(now, nextSlot);
    nextSlot = slot + spacingMs;
    if (slot > now) await sleep(slot - now);
  };
}
