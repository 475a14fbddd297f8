import type { Remote } from 'comlink';
import type { EngineWorkerApi } from '../engine/engine-api.js';

/** An engine worker, whichever platform started it. */
export interface SpawnedWorker {
  api: Remote<EngineWorkerApi>;
  terminate(): void;
}
