import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { wrap } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { isHeartbeat, type WatchedEngineApi } from './heartbeat.js';
import { newSharedProgress } from './shared-progress.js';
import type { SpawnedWorker } from './spawned-worker.js';

/** Node: every core works on scans (the server has no UI thread to keep free). */
export const defaultWorkerCount = (): number => Math.max(1, availableParallelism());

// The ESM build of tsx's register API (require.resolve would pick its CommonJS build).
const tsxApi = new URL(
  'dist/esm/api/index.mjs',
  pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json'))
).href;
const entry = new URL('../worker/engine-worker.node.ts', import.meta.url).href;
// The worker registers the TypeScript loader itself before importing its entry:
// hooks passed through execArgv are not yet active for a worker's first module on Node 20.
const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;

/**
 * Starts one engine worker thread. It reports each symbol it starts in memory
 * shared with the pool; `{ sharedProgress: false }` makes it send (throttled)
 * heartbeat messages instead, as a page that is not cross-origin isolated does.
 */
export function spawnEngineWorker({ sharedProgress = true }: { sharedProgress?: boolean } = {}): SpawnedWorker {
  const progress = sharedProgress ? newSharedProgress() : undefined;
  const worker = new Worker(bootstrap, { eval: true, workerData: { progress } });
  return {
    api: wrap<WatchedEngineApi>(nodeEndpoint(worker)),
    terminate: () => void worker.terminate(),
    progress,
    onHeartbeat: (listener) => worker.on('message', (data: unknown) => isHeartbeat(data) && listener(data))
  };
}
