import { networkInterfaces } from 'node:os';
import type { Context, MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { isLoopback, isWildcard, parseHostName, type HostName } from './host-names.js';

export { isLoopback, parseHostName, type HostName } from './host-names.js';

export interface HostCheckOptions {
  /** FLUXSCAN_HOST: the address the server was told to listen on. */
  bindHost: string;
  /** FLUXSCAN_PORT; the port of the connection itself wins when there is one. */
  port: number;
  /** FLUXSCAN_ALLOWED_HOSTS. */
  allowedHosts: readonly HostName[];
}

/** The addresses of this machine's interfaces, for a server bound to every one of them. */
const interfaceAddresses = () =>
  new Set(
    Object.values(networkInterfaces())
      .flat()
      .map((address) => address?.address.toLowerCase())
      .filter((address): address is string => address !== undefined)
  );

const localPortOf = (c: Context): number | undefined =>
  (c.env as { incoming?: { socket?: { localPort?: number } } } | undefined)?.incoming?.socket?.localPort;

/**
 * Refuses (421) every request whose Host header names a host this server was not set up for, so a
 * page on a name the attacker controls that resolves to this machine (DNS rebinding) reads nothing.
 * Allowed: loopback names and addresses on the server's port, the bind address on that port (each
 * interface address when bound to all of them), and FLUXSCAN_ALLOWED_HOSTS (`host` = any port).
 * A request without Host is let through: browsers always send one, so it is no rebinding attempt.
 * @example app.use('*', refuseUnknownHosts({ bindHost: '127.0.0.1', port: 5001, allowedHosts: [] }))
 */
export function refuseUnknownHosts({ bindHost, port, allowedHosts }: HostCheckOptions): MiddlewareHandler {
  const bindName = parseHostName(bindHost)?.hostname ?? bindHost.toLowerCase();
  const localAddresses = isWildcard(bindName) ? interfaceAddresses() : new Set([bindName]);
  const allowed = (host: HostName, serverPort: number) =>
    allowedHosts.some(
      (entry) => entry.hostname === host.hostname && (entry.port === null || entry.port === host.port)
    ) ||
    (host.port === serverPort && (isLoopback(host.hostname) || localAddresses.has(host.hostname)));

  return async (c, next) => {
    const header = c.req.header('host');
    if (header === undefined) return next();
    const parsed = parseHostName(header);
    const host = parsed && {
      hostname: parsed.hostname,
      port: parsed.port ?? (new URL(c.req.url).protocol === 'https:' ? 443 : 80)
    };
    if (host && allowed(host, localPortOf(c) ?? port)) return next();
    throw new HTTPException(421, {
      message: `this FluxScan server does not answer to the host "${header.slice(0, 100)}"; open it at 127.0.0.1 or localhost, or add that host to FLUXSCAN_ALLOWED_HOSTS`
    });
  };
}
