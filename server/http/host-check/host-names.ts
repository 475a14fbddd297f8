import { isIP } from 'node:net';

/** A host as a Host header or FLUXSCAN_ALLOWED_HOSTS entry names it; `port` null means any port. */
export interface HostName {
  hostname: string;
  port: number | null;
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1']);

/** True for 127.0.0.0/8, ::1 and localhost. */
export function isLoopback(host: string): boolean {
  return LOOPBACK_NAMES.has(host) || (isIP(host) === 4 && host.startsWith('127.'));
}

/** True for the addresses that mean "every interface". */
export const isWildcard = (host: string) => host === '0.0.0.0' || host === '::' || host === '[::]';

const HOST_PATTERN = /^(\[[0-9a-f:.]+\]|[a-z0-9._-]+)(?::(\d{1,5}))?$/i;

/**
 * Reads `host`, `host:port`, `[v6]:port` or a bare IPv6 address; null for anything else
 * (schemes, paths, user info, bad ports).
 * @example parseHostName('[::1]:5001') // { hostname: '::1', port: 5001 }
 */
export function parseHostName(text: string): HostName | null {
  const value = text.trim().toLowerCase();
  if (isIP(value) === 6) return { hostname: value, port: null };
  const match = HOST_PATTERN.exec(value);
  if (!match) return null;
  const hostname = match[1].replace(/^\[|\]$/g, '');
  if (match[1].startsWith('[') && isIP(hostname) !== 6) return null;
  const port = match[2] === undefined ? null : Number(match[2]);
  if (port !== null && (port < 1 || port > 65535)) return null;
  return { hostname, port };
}
