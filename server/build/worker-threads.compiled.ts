import { Worker as NodeWorker, type WorkerOptions } from 'node:worker_threads';

export * from 'node:worker_threads';

/** The engine worker's entry in the compiled runtime: beside the bundle that spawns it. */
const COMPILED_ENTRY = new URL('./engine-worker.mjs', import.meta.url);

/**
 * `node:worker_threads` as the engine's Node spawn sees it in the compiled runtime: its worker starts
 * the compiled entry instead of the source tree's TypeScript bootstrap, with the options it was given
 * (workerData and the rest), so the spawn code itself is the same in both.
 */
export class Worker extends NodeWorker {
  constructor(_sourceBootstrap: string | URL, options: WorkerOptions = {}) {
    super(COMPILED_ENTRY, { ...options, eval: false });
  }
}
