import type { Context, MiddlewareHandler } from 'hono';
import { clientAddress } from '../client-address.js';

export interface RateLimitOptions {
  /** Requests allowed per key in one window. */
  limit: number;
  windowMs: number;
  /** Whom a request counts against; the peer's IP by default. */
  key?: (c: Context) => string;
  /** Requests this returns true for are not counted. */
  skip?: (c: Context) => boolean;
  message?: string;
  now?: () => number;
}

/**
 * A fixed-window limiter kept in memory: each key gets `limit` requests per
 * window; the next one is answered 429 with Retry-After (seconds to the window's end).
 * @example app.use('/api/auth/login', rateLimit({ limit: 5, windowMs: 60_000 }))
 */
export function rateLimit({
  limit,
  windowMs,
  key = clientAddress,
  skip,
  message = 'too many requests',
  now = Date.now
}: RateLimitOptions): MiddlewareHandler {
  const windows = new Map<string, { count: number; resetAt: number }>();
  let nextSweep = now() + windowMs;
  return async (c, next) => {
    if (skip?.(c)) return next();
    const at = now();
    if (at >= nextSweep) {
      // Forget finished windows so a stream of distinct addresses cannot grow the map for ever.
      for (const [k, w] of windows) if (w.resetAt <= at) windows.delete(k);
      nextSweep = at + windowMs;
    }
    const id = key(c);
    let window = windows.get(id);
    if (!window || window.resetAt <= at) {
      window = { count: 0, resetAt: at + windowMs };
      windows.set(id, window);
    }
    window.count += 1;
    if (window.count > limit) {
      const retryAfter = Math.max(1, Math.ceil((window.resetAt - at) / 1000));
      return c.json({ error: { message: `${message}; retry in ${retryAfter} s` } }, 429, {
        'Retry-After': String(retryAfter)
      });
    }
    return next();
  };
}
