import { unpackCandles } from '../candles/packed.js';
import type { CandleColumns } from '../candles/types.js';
import type { ParameterValues } from '../contract/parameters.js';
import type { BatchTask } from '../engine/engine-api.js';
import type { ScanPool } from '../pool/scan-pool.js';
import type { ScanProgress, ScanRow, ScanSymbolError } from '../pool/scan-types.js';
import type { SandboxLimits } from '../sandbox/limits.js';
import { collectEvents } from './collect-events.js';
import { hitsPerDay } from './hits-per-day.js';
import { summarizeBacktest } from './summary.js';
import type { BacktestEvent, BacktestSummary, HitsOnDay } from './types.js';

export interface BacktestRequest {
  source: string;
  params?: Record<string, unknown>;
  limits?: Partial<SandboxLimits>;
  /** Each symbol's whole loaded history: from lookback bars before `fromTime` through the largest horizon after `toTime`. */
  symbols: Iterable<BatchTask> | AsyncIterable<BatchTask>;
  /** Signal bars evaluated: times in [fromTime, toTime], epoch seconds. */
  fromTime: number;
  toTime: number;
  /** Bars after the signal at which returns are measured, e.g. [1, 5, 10, 20]. */
  horizons: readonly number[];
  benchmark?: CandleColumns;
  /** Keep the N best-ranked matches of each bar when the scanner sets Rank (else the header's `@top`). */
  top?: number;
  /** Evaluations expected, when known, for progress. */
  total?: number;
  onProgress?: (progress: ScanProgress) => void;
  signal?: AbortSignal;
}

export interface BacktestStats {
  symbols: number;
  evaluations: number;
  events: number;
  errors: number;
  workers: number;
  elapsedMs: number;
  evaluationsPerSecond: number;
  p50EvaluationMs: number;
  p99EvaluationMs: number;
}

export interface BacktestResult {
  status: 'completed' | 'cancelled' | 'failed';
  message: string | null;
  params: ParameterValues | null;
  events: BacktestEvent[];
  summary: BacktestSummary;
  hitsPerDay: HitsOnDay[];
  /** One per symbol and distinct failure, with how many bars failed that way. */
  errors: (ScanSymbolError & { bars: number })[];
  columnFormats: Record<string, string>;
  stats: BacktestStats;
}

/**
 * Runs a backtest in the pool: every bar of every symbol in the window is a scan
 * of the history cut at that bar (replayed in the workers), then each match gets
 * its forward returns here from the history the coordinator kept.
 */
export async function runBacktest(pool: ScanPool, request: BacktestRequest): Promise<BacktestResult> {
  const histories = new Map<string, CandleColumns>();
  const evaluatedTimes = new Set<number>();
  async function* keepHistories(): AsyncGenerator<BatchTask> {
    for await (const task of request.symbols) {
      // The pool transfers the candle buffer to a worker; keep a copy for forward returns.
      const candles = unpackCandles({ bars: task.candles.bars, packed: task.candles.packed.slice() });
      histories.set(`${task.exchange}:${task.symbol}`, candles);
      for (const time of candles.time) if (time >= request.fromTime && time <= request.toTime) evaluatedTimes.add(time);
      yield task;
    }
  }
  const started = performance.now();
  const scan = await pool.scan({
    source: request.source,
    params: request.params,
    limits: request.limits,
    symbols: keepHistories(),
    total: request.total,
    onProgress: request.onProgress,
    signal: request.signal,
    top: request.top,
    replay: { fromTime: request.fromTime, toTime: request.toTime }
  });
  const indexed = collectEvents(scan.rows as ScanRow[], histories, request.horizons, request.benchmark);
  const events = indexed.map((e) => e.event);
  const errors = distinctErrors(scan.errors);
  const elapsedMs = performance.now() - started;
  return {
    status: scan.status,
    message: scan.message,
    params: scan.params,
    events,
    summary: summarizeBacktest(indexed, request.horizons, request.benchmark !== undefined),
    hitsPerDay: hitsPerDay(events, evaluatedTimes, request.benchmark),
    errors,
    columnFormats: scan.columnFormats,
    stats: {
      symbols: histories.size,
      evaluations: scan.stats.symbols,
      events: events.length,
      errors: scan.stats.errors,
      workers: scan.stats.workers,
      elapsedMs,
      evaluationsPerSecond: elapsedMs > 0 ? (scan.stats.symbols / elapsedMs) * 1000 : 0,
      p50EvaluationMs: scan.stats.p50SymbolMs,
      p99EvaluationMs: scan.stats.p99SymbolMs
    }
  };
}

/** A scanner that fails on every bar fails the same way each time: list it once per symbol with the count. */
function distinctErrors(errors: readonly ScanSymbolError[]): (ScanSymbolError & { bars: number })[] {
  const distinct = new Map<string, ScanSymbolError & { bars: number }>();
  for (const error of errors) {
    const key = JSON.stringify([error.exchange, error.symbol, error.message, error.line]);
    const seen = distinct.get(key);
    if (seen) seen.bars++;
    else distinct.set(key, { ...error, bars: 1 });
  }
  return [...distinct.values()];
}
