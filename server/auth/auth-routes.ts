import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { rateLimit } from '../http/rate-limit/index.js';
import { readJson } from '../http/validation.js';
import { passwordMatches } from './password.js';
import type { SessionStore } from './sessions.js';

export const SESSION_COOKIE = 'fluxscan_session';
export const SESSION_TTL_MS = 7 * 86_400_000;

const loginSchema = z.strictObject({ password: z.string().min(1, 'enter the password').max(1024) });

export interface AuthOptions {
  /** FLUXSCAN_PASSWORD; null when the server needs no login (loopback only). */
  password: string | null;
  sessions: SessionStore;
  /** Login attempts per address per minute. */
  loginLimit?: MiddlewareHandler;
  /** Whether the session cookie is `Secure` for this request; by default when it came over HTTPS. */
  secureCookie?: (c: Context) => boolean;
}

const isHttps = (c: Context) => new URL(c.req.url).protocol === 'https:';

/** True when the request carries a live session (or no password is configured). */
export function isAuthenticated(
  c: Context,
  { password, sessions }: Pick<AuthOptions, 'password' | 'sessions'>
): boolean {
  return password === null || sessions.isValid(getCookie(c, SESSION_COOKIE));
}

/**
 * `POST /login {password}` sets the session cookie, `POST /logout` ends it,
 * `GET /session` says whether a login is needed and held.
 * @example app.route('/api/auth', createAuthRoutes({ password, sessions }))
 */
export function createAuthRoutes({
  password,
  sessions,
  loginLimit = rateLimit({ limit: 5, windowMs: 60_000, message: 'too many login attempts' }),
  secureCookie = isHttps
}: AuthOptions): Hono {
  const app = new Hono();
  app.get('/session', (c) =>
    c.json({ passwordRequired: password !== null, authenticated: isAuthenticated(c, { password, sessions }) })
  );
  app.post('/login', loginLimit, async (c) => {
    const input = await readJson(c, loginSchema);
    if (password === null) return c.json({ passwordRequired: false, authenticated: true });
    if (!passwordMatches(input.password, password)) throw new HTTPException(401, { message: 'wrong password' });
    setCookie(c, SESSION_COOKIE, sessions.create(), {
      httpOnly: true,
      sameSite: 'Strict',
      secure: secureCookie(c),
      path: '/',
      maxAge: SESSION_TTL_MS / 1000
    });
    return c.json({ passwordRequired: true, authenticated: true });
  });
  app.post('/logout', (c) => {
    sessions.revoke(getCookie(c, SESSION_COOKIE));
    deleteCookie(c, SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'Strict', secure: secureCookie(c) });
    return c.json({ authenticated: false });
  });
  return app;
}
