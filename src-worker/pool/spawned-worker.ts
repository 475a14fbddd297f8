import type { Remote } from 'comlink';
import type { Heartbeat, WatchedEngineApi } from './heartbeat.js';

/** An engine worker, whichever platform started it. */
export interface SpawnedWorker {
  api: Remote<WatchedEngineApi>;
  terminate(): void;
  /** Delivers the worker's heartbeats; a worker without them (in-process) is not watched. */
  onHeartbeat?(listener: (beat: Heartbeat) => void): void;
}
