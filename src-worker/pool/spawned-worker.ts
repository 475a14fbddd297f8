import type { Remote } from 'comlink';
import type { Heartbeat, WatchedEngineApi } from './heartbeat.js';

/** An engine worker, whichever platform started it. */
export interface SpawnedWorker {
  api: Remote<WatchedEngineApi>;
  terminate(): void;
  /** Progress the worker writes per symbol into shared memory (see shared-progress.ts); when absent, it sends heartbeats. */
  progress?: Int32Array;
  /** Delivers the worker's heartbeats (throttled: they may skip symbols); a worker with neither is not watched (in-process). */
  onHeartbeat?(listener: (beat: Heartbeat) => void): void;
}
