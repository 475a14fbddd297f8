/**
 * Sync of scanners and watchlists with the server (`POST /api/sync`). Schedules are not
 * synced: they live on the server and are edited through its API.
 */
export { startAutoSync } from './auto-sync';
export { clearRememberedConflicts, loadRememberedConflicts, resyncFromServer, syncNow } from './sync-now';
export type { ConflictNote } from './sync-notices';
export { syncStatus, type SyncState, type SyncStatus } from './sync-status.svelte';
