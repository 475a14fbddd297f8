import { addDays, istEpochMs } from '../../src-worker/calendar/ist-time.js';
import { packCandles } from '../../src-worker/candles/packed.js';
import { runBacktest } from '../../src-worker/backtest/run-backtest.js';
import type { BacktestOptions } from './backtest-args.js';
import { BACKTEST_FORMATTERS, buildBacktestReport } from './backtest-report.js';
import { usageError, type CommandOutcome } from './command-outcome.js';
import { loadCsvTasks, type CsvLoadError } from './csv-tasks.js';
import { readBenchmark } from './benchmark-file.js';
import { errorLines, withPreparedRun } from './prepared-run.js';

/** Every bar of a CSV is history: the replay at t sees all of the file up to t. */
const WHOLE_FILE = Number.MAX_SAFE_INTEGER;

/**
 * `fluxscan backtest`: replays the scanner at every bar dated --from … --to of each
 * CSV file in a worker pool and reports each signal with what happened next.
 * Exit codes as `scan`: 1 when files or bars failed, 2 for bad arguments.
 */
export async function backtestCommand(options: BacktestOptions): Promise<CommandOutcome> {
  const benchmark = options.benchmark === undefined ? undefined : await readBenchmark(options.benchmark);
  if (benchmark && 'error' in benchmark) return usageError(benchmark.error);
  return withPreparedRun(options, async ({ source, files, pool, meta, diagnostics }) => {
    const loadErrors: CsvLoadError[] = [];
    // The scanner's `benchmark` is the same series the excess returns are measured against.
    const load = {
      exchange: options.exchange,
      interval: meta.interval,
      lookback: WHOLE_FILE,
      benchmark: benchmark && packCandles(benchmark.data)
    };
    const result = await runBacktest(pool, {
      source,
      params: options.params,
      limits: options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs },
      symbols: loadCsvTasks(files, load, (error) => loadErrors.push(error)),
      fromTime: istEpochMs(options.from) / 1000,
      toTime: istEpochMs(addDays(options.to, 1)) / 1000 - 1,
      horizons: options.horizons,
      benchmark: benchmark?.data
    });
    if (result.status !== 'completed') {
      return {
        exitCode: 1,
        stdout: '',
        stderr: `${diagnostics}fluxscan: the backtest failed: ${result.message ?? result.status}\n`
      };
    }
    const report = buildBacktestReport(result, loadErrors, files.length, meta.interval, options.horizons);
    const output = BACKTEST_FORMATTERS[options.format](report);
    if (report.errors.length === 0) return { exitCode: 0, stdout: output, stderr: diagnostics };
    const details = options.format === 'csv' ? errorLines(report.errors) : '';
    const failedSymbols = new Set(report.errors.map((e) => e.symbol)).size;
    return {
      exitCode: 1,
      stdout: output,
      stderr: `${diagnostics}${details}fluxscan: ${failedSymbols} of ${files.length} symbols failed\n`
    };
  });
}
