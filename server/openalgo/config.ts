import { z } from 'zod';

/** OpenAlgo settings from the environment. A null host means: run the built-in simulator. */
export interface OpenAlgoConfig {
  host: string | null;
  apiKey: string | null;
  historyRatePerSecond: number;
  ratePerSecond: number;
  concurrency: number;
  timeoutMs: number;
  retries: number;
}

const blankAsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
/** Accepts `3`, `3/s` or `2.5 per second`. */
const rate = (name: string, fallback: number) =>
  z
    .preprocess(
      (value) => (typeof value === 'string' ? value.trim().replace(/\s*(\/\s*s|per\s+second)$/i, '') : value),
      z.coerce
        .number({ error: `${name} must be a number of requests per second, like "3" or "3/s"` })
        .positive(`${name} must be above 0`)
        .max(1000, `${name} must be at most 1000`)
    )
    .default(fallback);
const wholeNumber = (name: string, fallback: number, min: number, max: number) =>
  z.coerce
    .number({ error: `${name} must be a whole number` })
    .int(`${name} must be a whole number`)
    .min(min, `${name} must be at least ${min}`)
    .max(max, `${name} must be at most ${max}`)
    .default(fallback);

const envSchema = z
  .object({
    OPENALGO_HOST: z.preprocess(
      blankAsUnset,
      z
        .url({ protocol: /^https?$/, error: 'OPENALGO_HOST must be an http(s) URL such as http://127.0.0.1:5000' })
        .optional()
    ),
    OPENALGO_API_KEY: z.preprocess(blankAsUnset, z.string().min(1).optional()),
    OPENALGO_HISTORY_RATE: z.preprocess(blankAsUnset, rate('OPENALGO_HISTORY_RATE', 3)),
    OPENALGO_RATE: z.preprocess(blankAsUnset, rate('OPENALGO_RATE', 10)),
    OPENALGO_CONCURRENCY: z.preprocess(blankAsUnset, wholeNumber('OPENALGO_CONCURRENCY', 4, 1, 64)),
    OPENALGO_TIMEOUT_MS: z.preprocess(blankAsUnset, wholeNumber('OPENALGO_TIMEOUT_MS', 15_000, 100, 600_000)),
    OPENALGO_RETRIES: z.preprocess(blankAsUnset, wholeNumber('OPENALGO_RETRIES', 3, 0, 10))
  })
  .refine((env) => !env.OPENALGO_HOST || env.OPENALGO_API_KEY, {
    message: 'OPENALGO_API_KEY is required when OPENALGO_HOST is set (find it on the API Key page of your OpenAlgo)',
    path: ['OPENALGO_API_KEY']
  });

/**
 * Reads OpenAlgo settings from environment variables, with every problem in one readable message.
 * @example loadOpenAlgoConfig(process.env) // { data: { host: null, historyRatePerSecond: 3, … } }
 */
export function loadOpenAlgoConfig(
  env: Record<string, string | undefined>
): { data: OpenAlgoConfig } | { error: string } {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) return { error: parsed.error.issues.map((issue) => issue.message).join('; ') };
  const e = parsed.data;
  return {
    data: {
      host: e.OPENALGO_HOST ?? null,
      apiKey: e.OPENALGO_API_KEY ?? null,
      historyRatePerSecond: e.OPENALGO_HISTORY_RATE,
      ratePerSecond: e.OPENALGO_RATE,
      concurrency: e.OPENALGO_CONCURRENCY,
      timeoutMs: e.OPENALGO_TIMEOUT_MS,
      retries: e.OPENALGO_RETRIES
    }
  };
}
