export { runHeadlessScan, type HeadlessScanDependencies, type HeadlessScanOutcome } from './run-headless-scan.js';
export { createSharedScanPool, type SharedScanPool } from './shared-scan-pool.js';
export { watchlistTasks, type WatchlistTaskOptions } from './watchlist-tasks.js';
