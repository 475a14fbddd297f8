import { availableParallelism } from 'node:os';
import { ScanPool } from '../../src-worker/pool/scan-pool.js';

export interface SharedScanPool {
  /** The pool, started on first use. */
  get(): ScanPool;
  /** Stops its workers (if it was ever started). */
  close(): void;
}

/**
 * One worker_threads pool for every scheduled scan of the server, started lazily so a server
 * without schedules never spawns workers. One core is left for HTTP and SQLite.
 * @example const pool = createSharedScanPool(); await pool.get().scan(request); pool.close()
 */
export function createSharedScanPool({
  size = Math.min(4, Math.max(1, availableParallelism() - 1))
}: { size?: number } = {}): SharedScanPool {
  let pool: ScanPool | null = null;
  return {
    get: () => (pool ??= new ScanPool({ size })),
    close() {
      pool?.close();
      pool = null;
    }
  };
}
