import { attachBenchmark } from '../../src-worker/benchmark/attach-benchmark.js';
import { scanBenchmark } from '../../src-worker/benchmark/benchmark-symbol.js';
import { runBacktest } from '../../src-worker/backtest/run-backtest.js';
import { packCandles } from '../../src-worker/candles/packed.js';
import { addDays, istEpochMs, type IstDate } from '../../src-worker/calendar/ist-time.js';
import { parseScannerHeader } from '../../src-worker/contract/scanner-header.js';
import type { EventBus } from '../events/index.js';
import type { SharedScanPool } from '../headless/shared-scan-pool.js';
import { loadNseIndustries } from '../lists/nse-industries.js';
import type { CandleCache } from '../market/index.js';
import type { Store } from '../store/index.js';
import type { BacktestRequestBody } from './backtest-request.js';
import type { BacktestOutcome, BacktestStore } from './backtest-store.js';
import { loadBacktestBenchmarks } from './backtest-benchmarks.js';
import { backtestTasks } from './backtest-tasks.js';

export interface ServerBacktestDependencies {
  store: Pick<Store, 'scanners' | 'watchlists'>;
  backtests: BacktestStore;
  cache: Pick<CandleCache, 'history'>;
  pool: SharedScanPool;
  bus: EventBus;
  now?: () => number;
}

const PROGRESS_EVERY_MS = 250;

/**
 * Runs one stored backtest to its end in the server's pool: candles from the
 * server's cache, progress on the bus, the outcome and events into SQLite.
 */
export async function runServerBacktest(
  deps: ServerBacktestDependencies,
  id: string,
  body: BacktestRequestBody,
  signal: AbortSignal
): Promise<void> {
  const { store, backtests, cache, bus, now = Date.now } = deps;
  const finish = async (outcome: BacktestOutcome) => {
    await backtests.finish(id, outcome, now());
    bus.publish('backtest-finished', {
      backtestId: id,
      status: outcome.status,
      events: outcome.events?.length ?? 0,
      errors: outcome.errors?.length ?? 0,
      message: outcome.message
    });
  };
  try {
    const [scanner, watchlist] = await Promise.all([
      store.scanners.get(body.scannerId),
      store.watchlists.get(body.watchlistId)
    ]);
    if (!scanner || !watchlist)
      return await finish({ status: 'failed', message: `the ${scanner ? 'watchlist' : 'scanner'} no longer exists` });
    const header = parseScannerHeader(scanner.source);
    if ('error' in header) return await finish({ status: 'failed', message: `line ${header.line}: ${header.error}` });
    const fromTime = istEpochMs(body.from as IstDate) / 1000;
    const toTime = istEpochMs(addDays(body.to as IstDate, 1)) / 1000 - 1;
    const window = {
      interval: header.data.interval,
      lookback: header.data.lookback,
      fromTime,
      now: now(),
      caller: `backtest:${id}`
    };

    const loadErrors: { symbol: string; exchange: string; message: string; line: null }[] = [];
    const [benchmarks, industries] = await Promise.all([
      loadBacktestBenchmarks(cache, window, body.benchmark, scanBenchmark(scanner.source, header.data, body.benchmark)),
      loadNseIndustries()
    ]);
    const { notes } = benchmarks;
    let lastProgress = -Infinity;
    const result = await runBacktest(deps.pool.get(), {
      source: scanner.source,
      params: body.params,
      symbols: attachBenchmark(
        backtestTasks(
          cache,
          watchlist.symbols,
          window,
          (symbol, exchange, message) => loadErrors.push({ symbol, exchange, message, line: null }),
          signal,
          industries
        ),
        benchmarks.scanner && packCandles(benchmarks.scanner)
      ),
      fromTime,
      toTime,
      horizons: body.horizons,
      benchmark: benchmarks.excess,
      signal,
      onProgress: (progress) => {
        if (performance.now() - lastProgress < PROGRESS_EVERY_MS) return;
        lastProgress = performance.now();
        bus.publish('backtest-progress', {
          backtestId: id,
          evaluations: progress.done,
          events: progress.matches,
          errors: progress.errors,
          elapsedMs: progress.elapsedMs
        });
      }
    });
    if (result.status === 'failed') return await finish({ status: 'failed', message: result.message });
    const errors = [
      ...loadErrors,
      ...result.errors.map(({ symbol, exchange, message, line, bars }) => ({ symbol, exchange, message, line, bars }))
    ];
    await finish({
      status: result.status,
      message: notes.length ? notes.join('; ') : null,
      summary: { ...result.summary, notes: [...result.summary.notes, ...notes] },
      hitsPerDay: result.hitsPerDay,
      errors,
      stats: { ...result.stats, symbols: watchlist.symbols.length },
      events: result.events
    });
  } catch (error) {
    await finish({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}
