import { wrap } from 'comlink';
import { isHeartbeat, type ProgressGift, type WatchedEngineApi } from './heartbeat.js';
import { canShareProgress, newSharedProgress } from './shared-progress.js';
import type { SpawnedWorker } from './spawned-worker.js';

/** Browser: leave one core for the page, but always at least one worker. */
export const defaultWorkerCount = (): number => Math.max(1, (navigator.hardwareConcurrency || 2) - 1);

/** Starts one engine Web Worker (a module worker bundled by Vite); it reports progress in shared memory when the page allows it. */
export function spawnEngineWorker(): SpawnedWorker {
  const worker = new Worker(new URL('../worker/engine-worker.browser.ts', import.meta.url), { type: 'module' });
  const progress = canShareProgress() ? newSharedProgress() : undefined;
  if (progress) worker.postMessage({ progress } satisfies ProgressGift);
  return {
    api: wrap<WatchedEngineApi>(worker),
    terminate: () => worker.terminate(),
    progress,
    onHeartbeat: (listener) => worker.addEventListener('message', ({ data }) => isHeartbeat(data) && listener(data))
  };
}
