import type { PackedCandles } from '../candles/packed.js';
import type { BatchTask, EngineWorkerApi } from '../engine/engine-api.js';
import type { SymbolOutcome } from '../sandbox/outcome.js';
import { writeProgress } from './shared-progress.js';

/** "Worker started symbol `index` of batch `batch`", posted beside Comlink's messages (which it ignores). */
export interface Heartbeat {
  heartbeat: [batch: number, index: number];
}

/** Sent with the first batch of a scan that a worker gets: the scan's benchmark, once rather than with every task. */
export interface ScanShared {
  benchmark: PackedCandles;
}

/**
 * The engine API as the pool calls it: each batch carries a number its heartbeats
 * name, and the first one of a scan on a worker may carry what all its tasks share.
 */
export interface WatchedEngineApi extends Omit<EngineWorkerApi, 'runBatch'> {
  runBatch(scanId: string, tasks: BatchTask[], batch: number, shared?: ScanShared): Promise<SymbolOutcome[]>;
}

/** An engine that reports each task of a batch as it starts it, and keeps a scan's benchmark for tasks sent without one. */
export interface ReportingEngine extends EngineWorkerApi {
  runBatch(scanId: string, tasks: BatchTask[], onStart?: (index: number) => void): Promise<SymbolOutcome[]>;
  useBenchmark(scanId: string, benchmark: PackedCandles): void;
}

/**
 * How the worker reports progress: into memory shared with the pool (every
 * symbol, exact), or by message, at most one every HEARTBEAT_EVERY_MS plus one
 * at the start of each batch (the pool then finds the stuck symbol by running
 * the suspects one at a time).
 */
export type ProgressSink = { shared: Int32Array } | { post: (beat: Heartbeat) => void };

/** Messages are throttled to this: the watchdog's budgets are seconds, a message per symbol cost a quarter of a scan. */
export const HEARTBEAT_EVERY_MS = 5;

/** The pool's first message to a browser worker when the page can share memory with it. */
export interface ProgressGift {
  progress: Int32Array;
}

export const isProgressGift = (data: unknown): data is ProgressGift =>
  typeof data === 'object' && data !== null && (data as Partial<ProgressGift>).progress instanceof Int32Array;

export const isHeartbeat = (data: unknown): data is Heartbeat =>
  typeof data === 'object' && data !== null && Array.isArray((data as Partial<Heartbeat>).heartbeat);

/**
 * The engine as a worker exposes it: before each symbol it tells the pool which
 * one it starts, so a worker stuck in host code (which no interrupt reaches) can
 * be replaced and that symbol, not its whole batch, blamed.
 * @example expose(withHeartbeats(new EngineService(), () => ({ shared: workerData.progress })))
 */
export function withHeartbeats(engine: ReportingEngine, sinkNow: () => ProgressSink): WatchedEngineApi {
  let lastPost = -Infinity;
  const onStart = (batch: number) => {
    const sink = sinkNow();
    if ('shared' in sink) return (index: number) => writeProgress(sink.shared, batch, index);
    return (index: number) => {
      const now = performance.now();
      if (index > 0 && now - lastPost < HEARTBEAT_EVERY_MS) return;
      lastPost = now;
      sink.post({ heartbeat: [batch, index] });
    };
  };
  return {
    prepare: (job) => engine.prepare(job),
    validate: (source) => engine.validate(source),
    release: (scanId) => engine.release(scanId),
    runBatch: (scanId, tasks, batch, shared) => {
      // Before any later message is handled: the next batches of this scan come without it.
      if (shared) engine.useBenchmark(scanId, shared.benchmark);
      return engine.runBatch(scanId, tasks, onStart(batch));
    }
  };
}
