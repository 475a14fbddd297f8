import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { toIstDate, type IstDate } from '../../src-worker/calendar/ist-time.js';
import { describeFlagIssue, readArgs, RUN_FLAGS, runOptionFields, type OutputFormat } from './run-options.js';

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

const istDate = z.string().transform((text, ctx) => {
  const date = toIstDate(text);
  if (date === null) ctx.addIssue({ code: 'custom', message: `must be a date as YYYY-MM-DD, got "${text}"` });
  return date ?? z.NEVER;
});

const horizons = z.string().transform((text, ctx) => {
  const values = text.split(',').map((part) => part.trim());
  const bad = values.find((part) => !/^\d+$/.test(part) || Number(part) < 1 || Number(part) > MAX_HORIZON);
  if (bad !== undefined) {
    ctx.addIssue({
      code: 'custom',
      message: `must be bar counts from 1 to ${MAX_HORIZON} separated by commas, e.g. 1,5,10,20 (not "${bad}")`
    });
    return z.NEVER;
  }
  return [...new Set(values.map(Number))].sort((a, b) => a - b);
});

const valuesSchema = z.object({
  ...runOptionFields,
  from: istDate.optional(),
  to: istDate.optional(),
  horizons: horizons.optional()
});

const OPTIONS = {
  ...RUN_FLAGS,
  from: { type: 'string' },
  to: { type: 'string' },
  horizons: { type: 'string' }
} satisfies ParseArgsConfig['options'];

/**
 * Reads `fluxscan backtest …` arguments (after the command name).
 * @example parseBacktestArgs(['--scanner', 'ema.js', '--csv', 'data', '--from', '2024-01-01', '--to', '2024-12-31'])
 */
export function parseBacktestArgs(args: string[]): { data: BacktestOptions | 'help' } | { error: string } {
  const read = readArgs(
    () => parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true }),
    'fluxscan backtest --help'
  );
  if ('error' in read) return read;
  const { values, positionals } = read.data;
  if (values.help) return { data: 'help' };
  const parsed = valuesSchema.safeParse(values);
  if (!parsed.success) return { error: describeFlagIssue(parsed.error) };
  const { scanner, csv = [], from, to, benchmark, params = {}, format, workers, exchange } = parsed.data;
  // `--csv data/*.csv` reaches us as one --csv value followed by positionals.
  const csvPaths = [...csv, ...positionals];
  if (csvPaths.length === 0) return { error: '--csv is required: the CSV files or directories to replay' };
  if (!from) return { error: '--from is required: the first signal date, YYYY-MM-DD' };
  if (!to) return { error: '--to is required: the last signal date, YYYY-MM-DD' };
  if (from > to) return { error: `--from ${from} is after --to ${to}` };
  const timeoutMs = parsed.data['timeout-ms'];
  return {
    data: {
      scanner,
      csvPaths,
      from,
      to,
      horizons: parsed.data.horizons ?? DEFAULT_HORIZONS,
      benchmark,
      params,
      format,
      workers,
      timeoutMs,
      exchange
    }
  };
}
