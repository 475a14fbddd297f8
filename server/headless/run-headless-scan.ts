import { attachBenchmark } from '../../src-worker/benchmark/attach-benchmark.js';
import { scanBenchmark } from '../../src-worker/benchmark/benchmark-symbol.js';
import { parseScannerHeader } from '../../src-worker/contract/scanner-header.js';
import type { ScanRow, ScanSymbolError } from '../../src-worker/pool/scan-types.js';
import { throttleRunProgress, type EventBus } from '../events/index.js';
import type { Logger } from '../http/logger.js';
import { loadNseIndustries } from '../lists/nse-industries.js';
import type { CandleCache } from '../market/index.js';
import { capErrorText, type Run, type RunError, type RunResult, type Schedule, type Store } from '../store/index.js';
import { loadScanBenchmark } from './scan-benchmark.js';
import type { SharedScanPool } from './shared-scan-pool.js';
import { watchlistTasks } from './watchlist-tasks.js';

export interface HeadlessScanDependencies {
  store: Pick<Store, 'scanners' | 'watchlists' | 'runs'>;
  cache: Pick<CandleCache, 'history'>;
  pool: SharedScanPool;
  bus: EventBus;
  logger?: Logger;
  now?: () => number;
}

export interface HeadlessScanOutcome {
  run: Run;
  /** The matched rows, sorted by symbol (as stored). */
  matches: RunResult[];
}

const toRunError = ({ symbol, exchange, message, line, column }: ScanSymbolError): RunError => ({
  symbol,
  exchange,
  message,
  line,
  column
});
const toRunResult = ({ symbol, exchange, signal, columns, barTime }: ScanRow): RunResult => ({
  symbol,
  exchange,
  signal,
  columns,
  barTime
});

/**
 * Runs a schedule's scanner over its watchlist on the server: candles from the server's throttled,
 * cached OpenAlgo client (fetching overlaps computing), the same engine in the shared worker pool,
 * results and errors appended to the run as they stream in, progress and the end published on
 * the bus. Each symbol without data is an error "no data: …" on the run, never left out.
 * Scanners see `industry` from the NSE list files and `benchmark` (the scanner's `@benchmark`,
 * else NIFTY), loaded once per run when the scanner reads it; a benchmark that cannot be loaded
 * is null, and the run's message says why.
 * @example const { run, matches } = await runHeadlessScan(deps, schedule, { signal })
 */
export async function runHeadlessScan(
  deps: HeadlessScanDependencies,
  schedule: Pick<Schedule, 'id' | 'scannerId' | 'watchlistId'>,
  { signal }: { signal?: AbortSignal } = {}
): Promise<HeadlessScanOutcome> {
  const { store, bus, now = Date.now } = deps;
  const [scanner, watchlist] = await Promise.all([
    store.scanners.get(schedule.scannerId),
    store.watchlists.get(schedule.watchlistId)
  ]);
  const run = await store.runs.start({
    scheduleId: schedule.id,
    scanner: {
      id: scanner?.id ?? schedule.scannerId,
      name: scanner?.name ?? 'missing scanner',
      source: scanner?.source ?? '',
      params: {}
    },
    watchlist: {
      id: watchlist?.id ?? schedule.watchlistId,
      name: watchlist?.name ?? 'missing watchlist',
      symbols: watchlist?.symbols.length ?? 0
    },
    startedAt: now()
  });
  bus.publish('run-started', {
    runId: run.id,
    scheduleId: schedule.id,
    scanner: run.scanner.name,
    watchlist: run.watchlist?.name ?? '',
    symbols: run.watchlist?.symbols ?? 0,
    startedAt: run.startedAt
  });

  const end = async (outcome: Parameters<Store['runs']['finish']>[1]): Promise<HeadlessScanOutcome> => {
    const finished =
      (await store.runs.finish(run.id, { ...outcome, finishedAt: now() })) ?? (await store.runs.get(run.id))!;
    bus.publish('run-finished', {
      runId: run.id,
      scheduleId: schedule.id,
      status: finished.status,
      matches: finished.counts.results,
      errors: finished.counts.errors,
      message: finished.message,
      finishedAt: finished.finishedAt ?? now()
    });
    const matches =
      finished.status === 'completed' ? (await store.runs.results(run.id, { limit: 100_000 })).results : [];
    return { run: finished, matches };
  };

  if (!scanner || !watchlist)
    return end({ status: 'failed', message: `the schedule's ${scanner ? 'watchlist' : 'scanner'} no longer exists` });
  const header = parseScannerHeader(scanner.source);
  if ('error' in header) return end({ status: 'failed', message: `line ${header.line}: ${header.error}` });

  // Appends are chained so they land in the order the scan produced them.
  let writes: Promise<unknown> = Promise.resolve();
  const write = (results: RunResult[], errors: RunError[]) => {
    writes = writes.then(() => store.runs.append(run.id, { results, errors }));
  };
  const progress = throttleRunProgress(bus);
  let noData = 0;
  try {
    const caller = `run:${run.id}`;
    const { interval, lookback } = header.data;
    const [benchmark, industries] = await Promise.all([
      loadScanBenchmark(deps.cache, scanBenchmark(scanner.source, header.data), {
        interval,
        lookbackBars: lookback,
        now: now(),
        caller
      }),
      loadNseIndustries()
    ]);
    const ranked = /\bRank\s*=(?!=)/.test(scanner.source);
    const tasks = watchlistTasks({
      cache: deps.cache,
      symbols: watchlist.symbols,
      interval,
      lookbackBars: lookback,
      now: now(),
      caller,
      industries,
      signal,
      onNoData: (error) => {
        noData++;
        write([], [error]);
      }
    });
    const summary = await deps.pool.get().scan({
      source: scanner.source,
      params: {},
      symbols: attachBenchmark(tasks, benchmark.packed),
      total: watchlist.symbols.length,
      onProgress: (p) =>
        progress.update({
          runId: run.id,
          done: p.done + noData,
          total: p.total,
          matches: p.matches,
          errors: p.errors + noData,
          currentSymbol: p.currentSymbol
        }),
      // Ranked rows only exist once every symbol is in: a scanner setting Rank stores them at the end.
      onPartial: (rows, errors) => write(ranked ? [] : rows.map(toRunResult), errors.map(toRunError)),
      signal
    });
    await writes;
    progress.flush();
    const { stats } = summary;
    return end({
      status: summary.status,
      results: ranked && summary.status === 'completed' ? summary.rows.map(toRunResult) : [],
      message:
        summary.message ?? (summary.status === 'cancelled' ? 'the server stopped during this run' : benchmark.warning),
      columnFormats: summary.columnFormats,
      stats: {
        symbols: watchlist.symbols.length,
        scanned: stats.symbols,
        matches: stats.matches,
        errors: stats.errors + noData,
        noData,
        workers: stats.workers,
        elapsedMs: Math.round(stats.elapsedMs)
      }
    });
  } catch (error) {
    await writes.catch(() => undefined);
    deps.logger?.error('scheduled scan failed', {
      runId: run.id,
      error: capErrorText(error instanceof Error ? error.message : String(error))
    });
    return end({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}
