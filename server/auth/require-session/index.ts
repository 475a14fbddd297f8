import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { isAuthenticated } from '../auth-routes.js';
import type { SessionStore } from '../sessions.js';

/** Reachable without a session: the health probe and the way to get one. */
const OPEN_ROUTES = new Set(['GET /api/health', 'POST /api/auth/login', 'GET /api/auth/session']);

/**
 * With a password configured, every other `/api/*` request needs a session cookie (401 otherwise).
 * @example app.use('/api/*', requireSession({ password, sessions }))
 */
export function requireSession(options: { password: string | null; sessions: SessionStore }): MiddlewareHandler {
  return async (c, next) => {
    if (options.password === null || OPEN_ROUTES.has(`${c.req.method} ${c.req.path}`) || isAuthenticated(c, options))
      return next();
    throw new HTTPException(401, { message: 'log in first' });
  };
}
