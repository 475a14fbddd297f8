import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1']);

/** True for 127.0.0.0/8, ::1 and localhost. */
export function isLoopback(host: string): boolean {
  return LOOPBACK_NAMES.has(host) || (isIP(host) === 4 && host.startsWith('127.'));
}

const envSchema = z
  .object({
    FLUXSCAN_HOST: z.string().min(1).default('127.0.0.1'),
    FLUXSCAN_PORT: z.coerce.number().int().min(0).max(65535).default(5001),
    FLUXSCAN_DATA_DIR: z.string().min(1).default('.fluxscan-data'),
    FLUXSCAN_PASSWORD: z.string().min(8, 'FLUXSCAN_PASSWORD must be at least 8 characters').optional(),
    FLUXSCAN_LOG_LEVEL: z.enum(['error', 'warn', 'info', 'debug']).default('info')
  })
  .refine((env) => isLoopback(env.FLUXSCAN_HOST) || env.FLUXSCAN_PASSWORD !== undefined, {
    message: 'listening on a non-loopback address needs FLUXSCAN_PASSWORD',
    path: ['FLUXSCAN_HOST']
  });

export interface ServerConfig {
  host: string;
  port: number;
  dataDir: string;
  password: string | null;
  logLevel: 'error' | 'warn' | 'info' | 'debug';
}

/**
 * Reads the server's settings from the environment; a bad value is an error that
 * names the variable.
 * @example loadServerConfig({ FLUXSCAN_PORT: '5002' }) // { data: { port: 5002, … } }
 */
export function loadServerConfig(env: Record<string, string | undefined>): { data: ServerConfig } | { error: string } {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')));
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
      logLevel: env_.FLUXSCAN_LOG_LEVEL
    }
  };
}
