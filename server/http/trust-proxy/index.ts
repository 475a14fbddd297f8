import type { Context } from 'hono';
import { clientAddress } from '../client-address.js';

/** Whether FluxScan sits behind a reverse proxy whose forwarding headers it may believe (FLUXSCAN_TRUST_PROXY). */
export interface ProxyTrust {
  trustProxy: boolean;
}

/**
 * The client's address: with a trusted proxy, the last X-Forwarded-For entry (the one the proxy
 * itself appended; earlier entries are whatever the client wrote), otherwise the socket's peer.
 * @example rateLimit({ limit: 5, windowMs: 60_000, key: (c) => forwardedClientAddress(c, { trustProxy: true }) })
 */
export function forwardedClientAddress(c: Context, { trustProxy }: ProxyTrust): string {
  if (trustProxy) {
    const forwarded = c.req
      .header('x-forwarded-for')
      ?.split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    const last = forwarded?.at(-1);
    if (last) return last.slice(0, 64);
  }
  return clientAddress(c);
}

/**
 * True when the browser reached FluxScan over HTTPS: the request itself, or — with a trusted
 * proxy — the proxy's X-Forwarded-Proto (its first entry, the scheme the browser used).
 * @example setCookie(c, name, value, { secure: isHttpsRequest(c, { trustProxy }) })
 */
export function isHttpsRequest(c: Context, { trustProxy }: ProxyTrust): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  if (!trustProxy) return false;
  return c.req.header('x-forwarded-proto')?.split(',')[0].trim().toLowerCase() === 'https';
}
