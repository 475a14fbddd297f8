import type { ScanSummary } from '../../src-worker/pool/scan-types.js';
import type { OutputFormat, ScanOptions } from './cli-args.js';
import { usageError, type CommandOutcome } from './command-outcome.js';
import { loadCsvTasks, type CsvLoadError } from './csv-tasks.js';
import { readIndustryMap } from './industry-map.js';
import { readBenchmark } from './benchmark-file.js';
import { packCandles } from '../../src-worker/candles/packed.js';
import { formatCsv } from './format-csv.js';
import { formatTable } from './format-table.js';
import { errorLines, withPreparedRun } from './prepared-run.js';
import { formatJson, type ReportError, type ScanReport } from './scan-report.js';

const FORMATTERS: Record<OutputFormat, (report: ScanReport, options: { fullPrecision: boolean }) => string> = {
  table: formatTable,
  json: formatJson,
  csv: formatCsv
};

/**
 * `fluxscan scan`: validates the scanner, then streams the CSV files through a
 * worker pool and prints the matches. Files that fail to load and symbols the
 * scanner fails on are reported and make the exit code 1; the rest still print.
 */
export async function scanCommand(options: ScanOptions): Promise<CommandOutcome> {
  return withPreparedRun(options, async ({ source, files, pool, meta, diagnostics }) => {
    const industries = options.industryMap === undefined ? undefined : await readIndustryMap(options.industryMap);
    if (industries && 'error' in industries) return usageError(industries.error);
    const benchmark = options.benchmark === undefined ? undefined : await readBenchmark(options.benchmark);
    if (benchmark && 'error' in benchmark) return usageError(benchmark.error);
    const loadErrors: CsvLoadError[] = [];
    const load = {
      exchange: options.exchange,
      interval: meta.interval,
      lookback: options.lookback ?? meta.lookback,
      industries: industries?.data,
      benchmark: benchmark && packCandles(benchmark.data)
    };
    const summary = await pool.scan({
      source,
      params: options.params,
      limits: options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs },
      symbols: loadCsvTasks(files, load, (error) => loadErrors.push(error)),
      total: files.length,
      top: options.top
    });
    if (summary.status !== 'completed') {
      return {
        exitCode: 1,
        stdout: '',
        stderr: `${diagnostics}fluxscan: the scan failed: ${summary.message ?? summary.status}\n`
      };
    }
    const report = buildReport(summary, loadErrors, files.length, meta.interval);
    const output = FORMATTERS[options.format](report, { fullPrecision: options.fullPrecision });
    if (report.errors.length === 0) return { exitCode: 0, stdout: output, stderr: diagnostics };
    // Table and JSON list the errors themselves; a CSV of matches has no place for them.
    const details = options.format === 'csv' ? errorLines(report.errors) : '';
    const failed = `fluxscan: ${report.errors.length} of ${files.length} symbols failed\n`;
    return { exitCode: 1, stdout: output, stderr: diagnostics + details + failed };
  });
}

/** Load failures and scanner failures together, sorted like the pool sorts its rows. */
function buildReport(summary: ScanSummary, loadErrors: CsvLoadError[], symbols: number, interval: string): ScanReport {
  const errors: ReportError[] = [
    ...loadErrors.map(({ symbol, message }) => ({ symbol, message, line: null })),
    ...summary.errors.map(({ symbol, message, line }) => ({ symbol, message, line }))
  ].sort((a, b) => (a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : 0));
  return {
    results: summary.rows,
    errors,
    stats: { ...summary.stats, symbols, errors: errors.length },
    columnFormats: summary.columnFormats,
    interval
  };
}
