import { wrap } from 'comlink';
import { isHeartbeat, type WatchedEngineApi } from './heartbeat.js';
import type { SpawnedWorker } from './spawned-worker.js';

/** Browser: leave one core for the page, but always at least one worker. */
export const defaultWorkerCount = (): number => Math.max(1, (navigator.hardwareConcurrency || 2) - 1);

/** Starts one engine Web Worker (a module worker bundled by Vite). */
export function spawnEngineWorker(): SpawnedWorker {
  const worker = new Worker(new URL('../worker/engine-worker.browser.ts', import.meta.url), { type: 'module' });
  return {
    api: wrap<WatchedEngineApi>(worker),
    terminate: () => worker.terminate(),
    onHeartbeat: (listener) => worker.addEventListener('message', ({ data }) => isHeartbeat(data) && listener(data))
  };
}
