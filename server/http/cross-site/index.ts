import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const ALLOWED_FETCH_SITES = new Set(['same-origin', 'none']);

const hostOf = (origin: string) => {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
};

/**
 * Refuses state-changing requests another site made the browser send, JSON
 * included (a page can POST `text/plain` that parses as JSON): `Sec-Fetch-Site`
 * must be same-origin or none, and `Origin`, when sent, must name this host.
 * Clients that send neither header (curl, scripts) are not browsers acting for a third party.
 * @example app.use('/api/*', refuseCrossSite())
 */
export function refuseCrossSite(): MiddlewareHandler {
  return async (c, next) => {
    if (!STATE_CHANGING.has(c.req.method)) return next();
    const site = c.req.header('sec-fetch-site');
    if (site !== undefined && !ALLOWED_FETCH_SITES.has(site.toLowerCase())) {
      throw new HTTPException(403, { message: 'cross-site request refused' });
    }
    const origin = c.req.header('origin');
    if (origin !== undefined) {
      const host = c.req.header('host') ?? new URL(c.req.url).host;
      if (hostOf(origin) !== host) throw new HTTPException(403, { message: 'cross-origin request refused' });
    }
    return next();
  };
}
