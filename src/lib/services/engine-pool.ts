import { ScanPool } from '$engine/pool/scan-pool';
import { scanActivity } from '$lib/pwa/scan-activity.svelte';
import { engineWorkerCount } from '$lib/settings';

let pool: ScanPool | null = null;

/**
 * The app's one engine pool, started on first use with the worker count from
 * settings. When that count changes, the next call starts a pool of the new size,
 * unless a scan is still running on the old one.
 */
export function enginePool(): ScanPool {
  const size = engineWorkerCount();
  if (pool && pool.size !== size && !scanActivity.running) {
    pool.close();
    pool = null;
  }
  pool ??= new ScanPool({ size });
  return pool;
}
