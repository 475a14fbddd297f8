import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import {
  describeFlagIssue,
  readArgs,
  RUN_FLAGS,
  runOptionFields,
  wholeNumber,
  type OutputFormat
} from './run-options.js';

export type { OutputFormat } from './run-options.js';

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

const scanValuesSchema = z.object({
  ...runOptionFields,
  lookback: wholeNumber(1, 20_000).optional(),
  'full-precision': z.boolean().default(false),
  top: wholeNumber(1, 10_000).optional(),
  'industry-map': z.string().min(1).optional()
});

const SCAN_OPTIONS = {
  ...RUN_FLAGS,
  lookback: { type: 'string' },
  'full-precision': { type: 'boolean' },
  top: { type: 'string' },
  'industry-map': { type: 'string' }
} satisfies ParseArgsConfig['options'];

const HELP_ONLY = { help: { type: 'boolean', short: 'h' } } satisfies ParseArgsConfig['options'];

/**
 * Reads the command line (without `node` and the script) into a command.
 * @example parseCommandLine(['validate', 'ema.js']) // { data: { kind: 'validate', scanner: 'ema.js' } }
 */
export function parseCommandLine(argv: string[]): { data: Command } | { error: string } {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help')
    return { data: { kind: 'help', topic: null } };
  if (name === 'scan') return parseScan(rest);
  if (name === 'validate') return parseValidate(rest);
  return { error: `unknown command "${name}": use "scan", "backtest" or "validate"` };
}

function parseScan(args: string[]): { data: Command } | { error: string } {
  const read = readArgs(
    () => parseArgs({ args, options: SCAN_OPTIONS, allowPositionals: true, strict: true }),
    'fluxscan --help'
  );
  if ('error' in read) return read;
  const { values, positionals } = read.data;
  if (values.help) return { data: { kind: 'help', topic: 'scan' } };
  const parsed = scanValuesSchema.safeParse(values);
  if (!parsed.success) return { error: describeFlagIssue(parsed.error) };
  const { scanner, csv = [], params = {}, format, workers, exchange, lookback, top, benchmark } = parsed.data;
  // `--csv data/*.csv` reaches us as one --csv value followed by positionals.
  const csvPaths = [...csv, ...positionals];
  if (csvPaths.length === 0) return { error: '--csv is required: the CSV files or directories to scan' };
  const timeoutMs = parsed.data['timeout-ms'];
  const fullPrecision = parsed.data['full-precision'];
  const industryMap = parsed.data['industry-map'];
  return {
    data: {
      kind: 'scan',
      options: {
        scanner,
        csvPaths,
        params,
        format,
        workers,
        timeoutMs,
        exchange,
        lookback,
        fullPrecision,
        top,
        industryMap,
        benchmark
      }
    }
  };
}

function parseValidate(args: string[]): { data: Command } | { error: string } {
  const read = readArgs(
    () => parseArgs({ args, options: HELP_ONLY, allowPositionals: true, strict: true }),
    'fluxscan --help'
  );
  if ('error' in read) return read;
  const { values, positionals } = read.data;
  if (values.help) return { data: { kind: 'help', topic: 'validate' } };
  if (positionals.length !== 1) return { error: `validate takes one scanner file, got ${positionals.length}` };
  return { data: { kind: 'validate', scanner: positionals[0] } };
}
