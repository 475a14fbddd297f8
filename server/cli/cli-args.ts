import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';

export const OUTPUT_FORMATS = ['table', 'json', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface ScanOptions {
  scanner: string;
  csvPaths: string[];
  params: Record<string, unknown>;
  format: OutputFormat;
  workers: number | undefined;
  timeoutMs: number | undefined;
  exchange: string;
  lookback: number | undefined;
  /** CSV numbers with every digit instead of as their AddColumn format shows them. */
  fullPrecision: boolean;
  /** Keep the N best-ranked matches when the scanner sets Rank (overrides its `@top`). */
  top: number | undefined;
  /** An NSE list file whose Industry column gives the scanner's `industry`. */
  industryMap: string | undefined;
  /** An index CSV in history format for the scanner's `benchmark`. */
  benchmark: string | undefined;
}

export type Command =
  | { kind: 'help'; topic: 'scan' | 'validate' | null }
  | { kind: 'scan'; options: ScanOptions }
  | { kind: 'validate'; scanner: string };

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const jsonObject = z.string().transform((text, ctx): Record<string, unknown> => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `is not valid JSON (${(error as Error).message})` });
    return z.NEVER;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    ctx.addIssue({ code: 'custom', message: 'must be a JSON object, e.g. {"fast": 12}' });
    return z.NEVER;
  }
  return value as Record<string, unknown>;
});

const scanValuesSchema = z.object({
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
  lookback: wholeNumber(1, 20_000).optional(),
  'full-precision': z.boolean().default(false),
  top: wholeNumber(1, 10_000).optional(),
  'industry-map': z.string().min(1).optional(),
  benchmark: z.string().min(1).optional()
});

const SCAN_OPTIONS = {
  scanner: { type: 'string' },
  csv: { type: 'string', multiple: true },
  params: { type: 'string' },
  format: { type: 'string' },
  workers: { type: 'string' },
  'timeout-ms': { type: 'string' },
  exchange: { type: 'string' },
  lookback: { type: 'string' },
  'full-precision': { type: 'boolean' },
  top: { type: 'string' },
  'industry-map': { type: 'string' },
  benchmark: { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} satisfies ParseArgsConfig['options'];

const HELP_ONLY = { help: { type: 'boolean', short: 'h' } } satisfies ParseArgsConfig['options'];

/**
 * Reads the command line (without `node` and the script) into a command.
 * @example parseCommandLine(['validate', 'ema.js']) // { data: { kind: 'validate', scanner: 'ema.js' } }
 */
export function parseCommandLine(argv: string[]): { data: Command } | { error: string } {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') return { data: { kind: 'help', topic: null } };
  if (name === 'scan') return parseScan(rest);
  if (name === 'validate') return parseValidate(rest);
  return { error: `unknown command "${name}": use "scan", "backtest" or "validate"` };
}

function parseScan(args: string[]): { data: Command } | { error: string } {
  const read = readArgs(() => parseArgs({ args, options: SCAN_OPTIONS, allowPositionals: true, strict: true }));
  if ('error' in read) return read;
  const { values, positionals } = read.data;
  if (values.help) return { data: { kind: 'help', topic: 'scan' } };
  const parsed = scanValuesSchema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { error: `--${String(issue.path[0])} ${issue.message}` };
  }
  const { scanner, csv = [], params = {}, format, workers, exchange, lookback, top, benchmark } = parsed.data;
  // `--csv data/*.csv` reaches us as one --csv value followed by positionals.
  const csvPaths = [...csv, ...positionals];
  if (csvPaths.length === 0) return { error: '--csv is required: the CSV files or directories to scan' };
  const timeoutMs = parsed.data['timeout-ms'];
  const fullPrecision = parsed.data['full-precision'];
  const industryMap = parsed.data['industry-map'];
  return { data: { kind: 'scan', options: { scanner, csvPaths, params, format, workers, timeoutMs, exchange, lookback, fullPrecision, top, industryMap, benchmark } } };
}

function parseValidate(args: string[]): { data: Command } | { error: string } {
  const read = readArgs(() => parseArgs({ args, options: HELP_ONLY, allowPositionals: true, strict: true }));
  if ('error' in read) return read;
  const { values, positionals } = read.data;
  if (values.help) return { data: { kind: 'help', topic: 'validate' } };
  if (positionals.length !== 1) return { error: `validate takes one scanner file, got ${positionals.length}` };
  return { data: { kind: 'validate', scanner: positionals[0] } };
}

function readArgs<T>(parse: () => T): { data: T } | { error: string } {
  try {
    return { data: parse() };
  } catch (error) {
    return { error: describeParseError(error) };
  }
}

/** node:util's messages are written for the parser's own terms; say what to fix instead. */
function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Messages name options as '--scanner' or, for those with a short form, '-h, --help'.
  const option = /'(?:-\w, )?(-{1,2}[\w-]+)/.exec(message)?.[1];
  const code = (error as { code?: string }).code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option ${option} (see "fluxscan --help")`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    return /does not take/.test(message) ? `${option} takes no value` : `${option} needs a value`;
  }
  return message;
}
