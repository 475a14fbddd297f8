import { resolve } from 'node:path';
import { z } from 'zod';
import { weakPasswordReason } from './auth/password-strength.js';
import { isLoopback, parseHostName, type HostName } from './http/host-check/index.js';

export { isLoopback } from './http/host-check/index.js';

/** `host` or `host:port` entries, comma-separated; each must read as a host. */
const allowedHostsSchema = z
  .string()
  .default('')
  .transform((text, ctx) => {
    const entries = text
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    const hosts = entries.map(parseHostName);
    const bad = entries.filter((_, i) => hosts[i] === null);
    if (bad.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `${bad.map((entry) => JSON.stringify(entry)).join(', ')} is not a host or host:port`
      });
      return z.NEVER;
    }
    return hosts as HostName[];
  });

const envSchema = z
  .object({
    FLUXSCAN_HOST: z.string().min(1).default('127.0.0.1'),
    FLUXSCAN_PORT: z.coerce.number().int().min(0).max(65535).default(5001),
    FLUXSCAN_DATA_DIR: z.string().min(1).default('.fluxscan-data'),
    FLUXSCAN_PASSWORD: z
      .string()
      .min(8, 'FLUXSCAN_PASSWORD must be at least 8 characters')
      .refine((password) => password.trim() !== '', 'FLUXSCAN_PASSWORD must not be only whitespace')
      .optional(),
    FLUXSCAN_LOG_LEVEL: z.enum(['error', 'warn', 'info', 'debug']).default('info'),
    FLUXSCAN_ALLOWED_HOSTS: allowedHostsSchema,
    FLUXSCAN_TRUST_PROXY: z
      .enum(['0', '1', 'false', 'true'], { message: 'FLUXSCAN_TRUST_PROXY is 1 (behind a proxy) or 0' })
      .default('0')
  })
  .superRefine((env, ctx) => {
    if (isLoopback(env.FLUXSCAN_HOST)) return;
    if (env.FLUXSCAN_PASSWORD === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'listening on a non-loopback address needs FLUXSCAN_PASSWORD',
        path: ['FLUXSCAN_HOST']
      });
      return;
    }
    const weakness = weakPasswordReason(env.FLUXSCAN_PASSWORD);
    if (weakness !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['FLUXSCAN_PASSWORD'],
        message: `too weak for a server others can reach: it ${weakness}; use 12 or more characters, e.g. a few unrelated words`
      });
    }
  });

export interface ServerConfig {
  host: string;
  port: number;
  dataDir: string;
  password: string | null;
  logLevel: 'error' | 'warn' | 'info' | 'debug';
  /** Host names (besides loopback and the bind address) requests may be addressed to. */
  allowedHosts: HostName[];
  /** Behind a reverse proxy: X-Forwarded-Proto and X-Forwarded-For are believed. */
  trustProxy: boolean;
}

/**
 * Reads the server's settings from the environment; a bad value is an error that
 * names the variable.
 * @example loadServerConfig({ FLUXSCAN_PORT: '5002' }) // { data: { port: 5002, … } }
 */
export function loadServerConfig(env: Record<string, string | undefined>): { data: ServerConfig } | { error: string } {
  const parsed = envSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''))
  );
  if (!parsed.success) {
    return { error: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') };
  }
  const env_ = parsed.data;
  return {
    data: {
      host: env_.FLUXSCAN_HOST,
      port: env_.FLUXSCAN_PORT,
      dataDir: resolve(env_.FLUXSCAN_DATA_DIR),
      password: env_.FLUXSCAN_PASSWORD ?? null,
      logLevel: env_.FLUXSCAN_LOG_LEVEL,
      allowedHosts: env_.FLUXSCAN_ALLOWED_HOSTS,
      trustProxy: env_.FLUXSCAN_TRUST_PROXY === '1' || env_.FLUXSCAN_TRUST_PROXY === 'true'
    }
  };
}
