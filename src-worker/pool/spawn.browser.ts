import { wrap } from 'comlink';
import { isHeartbeat, type ProgressGift, type WatchedEngineApi } from './heartbeat.js';
import { canShareProgress, newSharedProgress } from './shared-progress.js';
import type { SpawnedWorker } from './spawned-worker.js';

/**
 * Browser: a worker per core up to four cores — the page mostly waits during a scan, and leaving a
 * core idle would cost a half or a third of the throughput (2 cores: 1 worker ran at half the Node
 * pool's rate) — and one core left for the page beyond that, where it costs a fifth or less.
 */
export const defaultWorkerCount = (): number => {
  const cores = Math.max(1, navigator.hardwareConcurrency || 2);
  return cores <= 4 ? cores : cores - 1;
};

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
