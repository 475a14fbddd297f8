import { availableParallelism } from 'node:os';
import type { ScannerMeta } from '../../src-worker/contract/scanner-header.js';
import { resolveParameters } from '../../src-worker/contract/parameters.js';
import { ScanPool } from '../../src-worker/pool/scan-pool.js';
import { usageError, type CommandOutcome } from './command-outcome.js';
import { findCsvFiles, type CsvFile } from './csv-files.js';
import { describeDiagnostics, readScannerFile } from './scanner-file.js';

/** What `scan` and `backtest` both need before they run: a valid scanner, its files and a pool. */
export interface PreparedRun {
  source: string;
  files: CsvFile[];
  pool: ScanPool;
  meta: ScannerMeta;
  /** The validator's warnings, already worded for stderr. */
  diagnostics: string;
}

interface RunInputs {
  scanner: string;
  csvPaths: string[];
  params: Record<string, unknown>;
  workers: number | undefined;
}

/**
 * Reads and validates the scanner, finds the CSV files and opens a pool sized for them,
 * then hands them to `run` and closes the pool afterwards. Bad input ends here as a usage
 * error (exit 2) or an invalid scanner (exit 1).
 * @example withPreparedRun(options, async ({ pool, files }) => ({ exitCode: 0, stdout: '', stderr: '' }))
 */
export async function withPreparedRun(
  inputs: RunInputs,
  run: (prepared: PreparedRun) => Promise<CommandOutcome>
): Promise<CommandOutcome> {
  const source = await readScannerFile(inputs.scanner);
  if ('error' in source) return usageError(source.error);
  const found = await findCsvFiles(inputs.csvPaths);
  if ('error' in found) return usageError(found.error);
  const files = found.data;
  const pool = new ScanPool({ size: inputs.workers ?? Math.min(availableParallelism(), files.length) });
  try {
    const validation = await pool.validate(source.data);
    const diagnostics = describeDiagnostics(inputs.scanner, validation.diagnostics);
    if (!validation.ok || !validation.meta) {
      return { exitCode: 1, stdout: '', stderr: `${diagnostics}fluxscan: ${inputs.scanner} is not a valid scanner\n` };
    }
    const params = resolveParameters(validation.meta.parameters, inputs.params);
    if ('error' in params) return usageError(`--params: ${params.error}`);
    return await run({ source: source.data, files, pool, meta: validation.meta, diagnostics });
  } finally {
    pool.close();
  }
}

/** Per-symbol errors as stderr lines, for the CSV format, which has no place for them in its output. */
export function errorLines(errors: readonly { symbol: string; line: number | null; message: string }[]): string {
  return errors
    .map((e) => `fluxscan: ${e.symbol}: ${e.line === null ? '' : `line ${e.line}: `}${e.message}\n`)
    .join('');
}
