import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { toIstDate, type IstDate } from '../../src-worker/calendar/ist-time.js';
import { OUTPUT_FORMATS, type OutputFormat } from './cli-args.js';

export interface BacktestOptions {
  scanner: string;
  csvPaths: string[];
  from: IstDate;
  to: IstDate;
  horizons: number[];
  benchmark: string | undefined;
  params: Record<string, unknown>;
  format: OutputFormat;
  workers: number | undefined;
  timeoutMs: number | undefined;
  exchange: string;
}

export const DEFAULT_HORIZONS = [1, 5, 10, 20];
export const MAX_HORIZON = 250;

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const istDate = z.string().transform((text, ctx) => {
  const date = toIstDate(text);
  if (date === null) ctx.addIssue({ code: 'custom', message: `must be a date as YYYY-MM-DD, got "${text}"` });
  return date ?? z.NEVER;
});

const horizons = z.string().transform((text, ctx) => {
  const values = text.split(',').map((part) => part.trim());
  const bad = values.find((part) => !/^\d+$/.test(part) || Number(part) < 1 || Number(part) > MAX_HORIZON);
  if (bad !== undefined) {
    ctx.addIssue({ code: 'custom', message: `must be bar counts from 1 to ${MAX_HORIZON} separated by commas, e.g. 1,5,10,20 (not "${bad}")` });
    return z.NEVER;
  }
  return [...new Set(values.map(Number))].sort((a, b) => a - b);
});

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

const valuesSchema = z.object({
  scanner: z.string({ error: 'is required: the scanner file to run' }).min(1),
  csv: z.array(z.string().min(1)).optional(),
  from: istDate.optional(),
  to: istDate.optional(),
  horizons: horizons.optional(),
  benchmark: z.string().min(1).optional(),
  params: jsonObject.optional(),
  format: z.enum(OUTPUT_FORMATS, { error: `must be one of ${OUTPUT_FORMATS.join(', ')}` }).default('table'),
  workers: wholeNumber(1, 64).optional(),
  'timeout-ms': wholeNumber(10, 60_000).optional(),
  exchange: z
    .string()
    .transform((text) => text.toUpperCase())
    .pipe(z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'must be an exchange code such as NSE or BSE'))
    .default('NSE')
});

const OPTIONS = {
  scanner: { type: 'string' },
  csv: { type: 'string', multiple: true },
  from: { type: 'string' },
  to: { type: 'string' },
  horizons: { type: 'string' },
  benchmark: { type: 'string' },
  params: { type: 'string' },
  format: { type: 'string' },
  workers: { type: 'string' },
  'timeout-ms': { type: 'string' },
  exchange: { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} satisfies ParseArgsConfig['options'];

/**
 * Reads `fluxscan backtest …` arguments (after the command name).
 * @example parseBacktestArgs(['--scanner', 'ema.js', '--csv', 'data', '--from', '2024-01-01', '--to', '2024-12-31'])
 */
export function parseBacktestArgs(args: string[]): { data: BacktestOptions | 'help' } | { error: string } {
  let read;
  try {
    read = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const option = /'(?:-\w, )?(-{1,2}[\w-]+)/.exec(message)?.[1];
    const code = (error as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return { error: `unknown option ${option} (see "fluxscan backtest --help")` };
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) return { error: `${option} needs a value` };
    return { error: message };
  }
  const { values, positionals } = read;
  if (values.help) return { data: 'help' };
  const parsed = valuesSchema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { error: `--${String(issue.path[0])} ${issue.message}` };
  }
  const { scanner, csv = [], from, to, benchmark, params = {}, format, workers, exchange } = parsed.data;
  // `--csv data/*.csv` reaches us as one --csv value followed by positionals.
  const csvPaths = [...csv, ...positionals];
  if (csvPaths.length === 0) return { error: '--csv is required: the CSV files or directories to replay' };
  if (!from) return { error: '--from is required: the first signal date, YYYY-MM-DD' };
  if (!to) return { error: '--to is required: the last signal date, YYYY-MM-DD' };
  if (from > to) return { error: `--from ${from} is after --to ${to}` };
  const timeoutMs = parsed.data['timeout-ms'];
  return {
    data: { scanner, csvPaths, from, to, horizons: parsed.data.horizons ?? DEFAULT_HORIZONS, benchmark, params, format, workers, timeoutMs, exchange }
  };
}
