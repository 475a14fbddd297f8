import type { BatchTask } from '$engine/engine/engine-api';
import { loadScanCandles, type SymbolDataStatus } from '$lib/candles';
import { industryKey, type ScanSymbol } from '$lib/sectors/symbol-industries';
import type { ScanProgress, ScanRow, ScanSummary, ScanSymbolError } from '$engine/pool/scan-types';
import type { SandboxLimits } from '$engine/sandbox/limits';
import { enginePool } from './engine-pool';
import { benchmarkIndexOf, loadScanBenchmark, type LoadedBenchmark } from './scan-benchmark';

export interface WatchlistScanRequest {
  source: string;
  /** The symbols with their industries (each scanner sees its symbol's as `industry`). */
  symbols: ScanSymbol[];
  interval: string;
  lookbackBars: number;
  params?: Record<string, unknown>;
  limits?: Partial<SandboxLimits>;
  /** Keep the N best-ranked matches when the scanner sets Rank (overrides its `@top`). */
  top?: number;
  signal?: AbortSignal;
  onProgress?: (progress: ScanProgress) => void;
  onPartial?: (rows: ScanRow[], errors: ScanSymbolError[]) => void;
  onDataStatus?: (status: SymbolDataStatus) => void;
}

export interface WatchlistScanResult extends ScanSummary {
  dataStatus: SymbolDataStatus[];
  /** The index `benchmark` followed, or why it was null; null when the scanner never reads it. */
  benchmark: LoadedBenchmark | null;
}

/** The loaded tasks with each symbol's industry and the scan's benchmark, which they wait for. */
async function* withContext(
  tasks: AsyncIterable<BatchTask>,
  industries: ReadonlyMap<string, string | null>,
  benchmark: Promise<LoadedBenchmark | null>
): AsyncGenerator<BatchTask, void, undefined> {
  const loaded = await benchmark;
  const candles = loaded && 'candles' in loaded ? loaded.candles : null;
  for await (const task of tasks) {
    yield { ...task, industry: industries.get(industryKey(task)) ?? null, benchmark: candles };
  }
}

/**
 * Scans a watchlist: candles come from the IndexedDB cache (fetching only what is
 * missing) and feed the worker pool as they arrive. A symbol without usable data
 * is reported as that symbol's error, never skipped.
 */
export async function runWatchlistScan(request: WatchlistScanRequest): Promise<WatchlistScanResult> {
  const dataStatus: SymbolDataStatus[] = [];
  const dataErrors: ScanSymbolError[] = [];
  const index = benchmarkIndexOf(request.source);
  const benchmark = index === null ? Promise.resolve(null) : loadScanBenchmark(index, request);
  const industries = new Map(request.symbols.map((s) => [industryKey(s), s.industry]));
  const tasks = loadScanCandles({
    symbols: request.symbols,
    interval: request.interval,
    lookbackBars: request.lookbackBars,
    signal: request.signal,
    onStatus: (status) => {
      dataStatus.push(status);
      if (status.state === 'failed') {
        const error = {
          symbol: status.symbol,
          exchange: status.exchange,
          message: `no data: ${status.error ?? 'unavailable'}`,
          line: null,
          column: null
        };
        dataErrors.push(error);
        request.onPartial?.([], [error]);
      }
      request.onDataStatus?.(status);
    }
  });
  const summary = await enginePool().scan({
    source: request.source,
    params: request.params,
    limits: request.limits,
    symbols: withContext(tasks, industries, benchmark),
    top: request.top,
    total: request.symbols.length,
    signal: request.signal,
    // Symbols without data never reach the pool but still count as done.
    onProgress: (progress) =>
      request.onProgress?.({
        ...progress,
        done: progress.done + dataErrors.length,
        errors: progress.errors + dataErrors.length
      }),
    onPartial: request.onPartial
  });
  // A symbol without data was scanned too, with a no-data error: the summary counts it as progress did.
  const stats = {
    ...summary.stats,
    symbols: summary.stats.symbols + dataErrors.length,
    errors: summary.stats.errors + dataErrors.length
  };
  return { ...summary, stats, errors: [...dataErrors, ...summary.errors], dataStatus, benchmark: await benchmark };
}
