import { ScanPool } from '$engine/pool/scan-pool';

let pool: ScanPool | null = null;

/** The app's one engine pool (cores − 1 workers), started on first use. */
export function enginePool(): ScanPool {
  pool ??= new ScanPool();
  return pool;
}
