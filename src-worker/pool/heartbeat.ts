import type { BatchTask, EngineWorkerApi } from '../engine/engine-api.js';
import type { SymbolOutcome } from '../sandbox/outcome.js';

/** "Worker started symbol `index` of batch `batch`", posted beside Comlink's messages (which it ignores). */
export interface Heartbeat {
  heartbeat: [batch: number, index: number];
}

/** The engine API as the pool calls it: each batch carries a number its heartbeats name. */
export interface WatchedEngineApi extends Omit<EngineWorkerApi, 'runBatch'> {
  runBatch(scanId: string, tasks: BatchTask[], batch: number): Promise<SymbolOutcome[]>;
}

export const isHeartbeat = (data: unknown): data is Heartbeat =>
  typeof data === 'object' && data !== null && Array.isArray((data as Partial<Heartbeat>).heartbeat);

/**
 * The engine as a worker exposes it: before each symbol it tells the pool which
 * one it starts, so a worker stuck in host code (which no interrupt reaches) can
 * be replaced and that symbol, not its whole batch, blamed.
 * @example expose(withHeartbeats(new EngineService(), (beat) => parentPort.postMessage(beat)))
 */
export function withHeartbeats(engine: EngineWorkerApi, post: (beat: Heartbeat) => void): WatchedEngineApi {
  return {
    prepare: (job) => engine.prepare(job),
    validate: (source) => engine.validate(source),
    release: (scanId) => engine.release(scanId),
    async runBatch(scanId, tasks, batch) {
      const outcomes: SymbolOutcome[] = [];
      for (let index = 0; index < tasks.length; index++) {
        post({ heartbeat: [batch, index] });
        for (const outcome of await engine.runBatch(scanId, [tasks[index]])) outcomes.push(outcome);
      }
      return outcomes;
    }
  };
}
