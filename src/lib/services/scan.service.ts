import { loadScanCandles, type SymbolDataStatus } from '$lib/candles';
import type { ScanProgress, ScanRow, ScanSummary, ScanSymbolError } from '$engine/pool/scan-types';
import type { SandboxLimits } from '$engine/sandbox/limits';
import { enginePool } from './engine-pool';

export interface WatchlistScanRequest {
  source: string;
  symbols: { symbol: string; exchange: string }[];
  interval: string;
  lookbackBars: number;
  params?: Record<string, unknown>;
  limits?: Partial<SandboxLimits>;
  signal?: AbortSignal;
  onProgress?: (progress: ScanProgress) => void;
  onPartial?: (rows: ScanRow[], errors: ScanSymbolError[]) => void;
  onDataStatus?: (status: SymbolDataStatus) => void;
}

export interface WatchlistScanResult extends ScanSummary {
  dataStatus: SymbolDataStatus[];
}

/**
 * Scans a watchlist: candles come from the IndexedDB cache (fetching only what is
 * missing) and feed the worker pool as they arrive. A symbol without usable data
 * is reported as that symbol's error, never skipped.
 */
export async function runWatchlistScan(request: WatchlistScanRequest): Promise<WatchlistScanResult> {
  const dataStatus: SymbolDataStatus[] = [];
  const dataErrors: ScanSymbolError[] = [];
  const tasks = loadScanCandles({
    symbols: request.symbols,
    interval: request.interval,
    lookbackBars: request.lookbackBars,
    signal: request.signal,
    onStatus: (status) => {
      dataStatus.push(status);
      if (status.state === 'failed') {
        const error = { symbol: status.symbol, exchange: status.exchange, message: `no data: ${status.error ?? 'unavailable'}`, line: null, column: null };
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
    symbols: tasks,
    total: request.symbols.length,
    signal: request.signal,
    // Symbols without data never reach the pool but still count as done.
    onProgress: (progress) => request.onProgress?.({ ...progress, done: progress.done + dataErrors.length, errors: progress.errors + dataErrors.length }),
    onPartial: request.onPartial
  });
  // A symbol without data was scanned too, with a no-data error: the summary counts it as progress did.
  const stats = { ...summary.stats, symbols: summary.stats.symbols + dataErrors.length, errors: summary.stats.errors + dataErrors.length };
  return { ...summary, stats, errors: [...dataErrors, ...summary.errors], dataStatus };
}
