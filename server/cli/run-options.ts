import type { ParseArgsConfig } from 'node:util';
import { z } from 'zod';

export const OUTPUT_FORMATS = ['table', 'json', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** A whole-number flag value within [min, max]. */
export const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const jsonObject = z.string().transform((text, ctx): Record<string, unknown> => {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
    ctx.addIssue({ code: 'custom', message: 'must be a JSON object, e.g. {"fast": 12}' });
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `is not valid JSON (${(error as Error).message})` });
  }
  return z.NEVER;
});

/** The flags `scan` and `backtest` share, as zod fields over node:util's parsed values. */
export const runOptionFields = {
  scanner: z.string({ error: 'is required: the scanner file to run' }).min(1),
  csv: z.array(z.string().min(1)).optional(),
  params: jsonObject.optional(),
  format: z.enum(OUTPUT_FORMATS, { error: `must be one of ${OUTPUT_FORMATS.join(', ')}` }).default('table'),
  workers: wholeNumber(1, 64).optional(),
  'timeout-ms': wholeNumber(10, 60_000).optional(),
  exchange: z
    .string()
    .transform((text) => text.toUpperCase())
    .pipe(z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'must be an exchange code such as NSE or BSE'))
    .default('NSE'),
  benchmark: z.string().min(1).optional()
};

/** The same shared flags as node:util parseArgs options. */
export const RUN_FLAGS = {
  scanner: { type: 'string' },
  csv: { type: 'string', multiple: true },
  params: { type: 'string' },
  format: { type: 'string' },
  workers: { type: 'string' },
  'timeout-ms': { type: 'string' },
  exchange: { type: 'string' },
  benchmark: { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} satisfies ParseArgsConfig['options'];

/**
 * Runs node:util's parser and turns its errors into what to fix.
 * @example readArgs(() => parseArgs({ args, options }), 'fluxscan --help')
 */
export function readArgs<T>(parse: () => T, helpCommand: string): { data: T } | { error: string } {
  try {
    return { data: parse() };
  } catch (error) {
    return { error: describeParseError(error, helpCommand) };
  }
}

/** node:util's messages are written for the parser's own terms; say what to fix instead. */
function describeParseError(error: unknown, helpCommand: string): string {
  const message = error instanceof Error ? error.message : String(error);
  // Messages name options as '--scanner' or, for those with a short form, '-h, --help'.
  const option = /'(?:-\w, )?(-{1,2}[\w-]+)/.exec(message)?.[1];
  const code = (error as { code?: string }).code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option ${option} (see "${helpCommand}")`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    return /does not take/.test(message) ? `${option} takes no value` : `${option} needs a value`;
  }
  return message;
}

/** The first zod issue as `--flag message`. */
export function describeFlagIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return `--${String(issue.path[0])} ${issue.message}`;
}
