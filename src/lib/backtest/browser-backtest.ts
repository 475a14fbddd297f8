import { runBacktest, type BacktestResult } from '$engine/backtest/run-backtest';
import type { IstDate } from '$engine/calendar';
import { attachBenchmark } from '$engine/benchmark/attach-benchmark';
import { scanBenchmark } from '$engine/benchmark/benchmark-symbol';
import { parseScannerHeader } from '$engine/contract/scanner-header';
import type { BatchTask } from '$engine/engine/engine-api';
import { windowBars } from '$engine/engine/replay-window';
import type { ScanPool } from '$engine/pool/scan-pool';
import type { SandboxLimits } from '$engine/sandbox/limits';
import { loadScanCandles, type LoadScanCandlesOptions, type SymbolRef } from '$lib/candles';
import { industryKey, type ScanSymbol } from '$lib/sectors/symbol-industries';
import { enginePool } from '$lib/services/engine-pool';
import { signalWindow } from './backtest-range';
import { loadBrowserBenchmarks } from './browser-benchmarks';
import type { BacktestError } from './backtest-record';
import { progressTracker, type BacktestProgress } from './backtest-progress';

export interface BrowserBacktestRequest {
  source: string;
  params: Record<string, unknown>;
  limits?: Partial<SandboxLimits>;
  /** The symbols with their industries (each scanner sees its symbol's as `industry`, as in a scan). */
  symbols: ScanSymbol[];
  interval: string;
  /** Bars each signal bar sees before `from` at least (the scanner's lookback). */
  lookback: number;
  from: IstDate;
  to: IstDate;
  horizons: number[];
  benchmark: SymbolRef | null;
  signal?: AbortSignal;
  onProgress?: (progress: BacktestProgress) => void;
  /** Market time, epoch ms; the wall clock by default. */
  now?: number;
  /** The candle cache and server API; IndexedDB and same-origin fetch by default. */
  market?: Pick<LoadScanCandlesOptions, 'store' | 'api'>;
  /** The engine pool; the app's by default. */
  pool?: ScanPool;
}

export interface BrowserBacktestResult extends Omit<BacktestResult, 'errors'> {
  errors: BacktestError[];
}

/**
 * Runs a backtest in this browser's engine pool: each symbol's history, from `lookback` bars before
 * `from` through the newest bar, comes from the candle cache (fetching only what is missing, older
 * history once) and is replayed bar by bar as it arrives. A symbol without
 * data is that symbol's `no data` error. The scanner's `benchmark` is chosen as in a scan (its
 * `@benchmark`, else the request's index) and loaded once, shared with excess returns when the same
 * index; a benchmark that cannot be loaded is left out with a note.
 */
export async function runBrowserBacktest(request: BrowserBacktestRequest): Promise<BrowserBacktestResult> {
  const now = request.now ?? Date.now();
  const { fromTime, toTime } = signalWindow(request.from, request.to);
  const load = (symbols: SymbolRef[], options: Pick<LoadScanCandlesOptions, 'onStatus' | 'onProgress'> = {}) =>
    loadScanCandles({
      ...request.market,
      symbols,
      interval: request.interval,
      lookbackBars: request.lookback,
      from: request.from,
      signal: request.signal,
      now: () => now,
      ...options
    });

  const header = parseScannerHeader(request.source);
  const wanted = scanBenchmark(request.source, 'data' in header ? header.data : {}, request.benchmark);
  const benchmarks = await loadBrowserBenchmarks(load, request.benchmark, wanted);

  const tracker = progressTracker(request.symbols.length);
  const dataErrors: BacktestError[] = [];
  const window = { fromTime, toTime };
  const industries = new Map(request.symbols.map((s) => [industryKey(s), s.industry]));
  async function* tasks(): AsyncGenerator<BatchTask> {
    const onStatus: LoadScanCandlesOptions['onStatus'] = (status) => {
      if (status.state !== 'failed') return;
      tracker.failed();
      dataErrors.push({
        symbol: status.symbol,
        exchange: status.exchange,
        message: `no data: ${status.error ?? 'unavailable'}`,
        line: null
      });
    };
    const onProgress: LoadScanCandlesOptions['onProgress'] = (progress) =>
      tracker.fetchingHistory(progress.phase === 'history');
    for await (const task of load(request.symbols, { onStatus, onProgress })) {
      const bars = windowBars(task.candles, window);
      tracker.loaded(Math.max(0, bars.to - bars.from + 1));
      yield { ...task, industry: industries.get(industryKey(task)) ?? null };
    }
  }

  const result = await runBacktest(request.pool ?? enginePool(), {
    source: request.source,
    params: request.params,
    limits: request.limits,
    symbols: attachBenchmark(tasks(), benchmarks.scanner),
    fromTime,
    toTime,
    horizons: request.horizons,
    benchmark: benchmarks.excess,
    signal: request.signal,
    onProgress: (progress) => request.onProgress?.(tracker.report(progress, dataErrors.length))
  });
  const errors = [
    ...dataErrors,
    ...result.errors.map(({ symbol, exchange, message, line, bars }) => ({ symbol, exchange, message, line, bars }))
  ];
  return {
    ...result,
    summary: { ...result.summary, notes: [...result.summary.notes, ...benchmarks.notes] },
    errors,
    stats: { ...result.stats, symbols: request.symbols.length, errors: result.stats.errors + dataErrors.length }
  };
}
