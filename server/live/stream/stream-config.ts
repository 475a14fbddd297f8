import { z } from 'zod';

export interface StreamSettings {
  /** OpenAlgo's market-data WebSocket, e.g. ws://127.0.0.1:8765 or wss://example.com/ws. */
  url: string;
  /** Symbols per upstream connection: some brokers drop a connection above ~550. */
  symbolsPerConnection: number;
  /** No tick on a connection for this long during market hours → reconnect. */
  stallMs: number;
}

const blankAsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const whole = (name: string, fallback: number, min: number, max: number) =>
  z.preprocess(
    blankAsUnset,
    z.coerce
      .number({ error: `${name} must be a whole number` })
      .int(`${name} must be a whole number`)
      .min(min, `${name} must be at least ${min}`)
      .max(max, `${name} must be at most ${max}`)
      .default(fallback)
  );

const envSchema = z.object({
  OPENALGO_WS_URL: z.preprocess(
    blankAsUnset,
    z
      .url({ protocol: /^wss?$/, error: 'OPENALGO_WS_URL must be a ws(s) URL such as ws://127.0.0.1:8765' })
      .default('ws://127.0.0.1:8765')
  ),
  FLUXSCAN_STREAM_SYMBOLS_PER_CONNECTION: whole('FLUXSCAN_STREAM_SYMBOLS_PER_CONNECTION', 500, 1, 1000),
  FLUXSCAN_STREAM_STALL_SECONDS: whole('FLUXSCAN_STREAM_STALL_SECONDS', 30, 1, 3600)
});

/**
 * Stream settings from the environment, with every problem in one message.
 * @example loadStreamSettings(process.env) // { data: { url: 'ws://127.0.0.1:8765', symbolsPerConnection: 500, stallMs: 30000 } }
 */
export function loadStreamSettings(
  env: Record<string, string | undefined>
): { data: StreamSettings } | { error: string } {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) return { error: parsed.error.issues.map((issue) => issue.message).join('; ') };
  return {
    data: {
      url: parsed.data.OPENALGO_WS_URL,
      symbolsPerConnection: parsed.data.FLUXSCAN_STREAM_SYMBOLS_PER_CONNECTION,
      stallMs: parsed.data.FLUXSCAN_STREAM_STALL_SECONDS * 1000
    }
  };
}
