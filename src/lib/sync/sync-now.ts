import { browserSyncContext } from './browser-context';
import { oweResync } from './device';
import { pendingScannerCount } from './scanner-sync';
import type { SyncContext } from './sync-context';
import { syncRounds } from './sync-engine';
import { clearConflicts, readConflicts, rememberConflicts } from './conflict-log';
import { syncStatus } from './sync-status.svelte';
import { pendingWatchlistCount } from './watchlist-sync';

let running: Promise<void> | null = null;
let again = false;

/**
 * Pushes this device's pending changes and pulls everyone else's; concurrent calls share one
 * run (and a call during a run makes it go round once more). Never throws: the outcome is in `syncStatus`.
 * @example await syncNow(); syncStatus.state // 'idle'
 */
export function syncNow(context: SyncContext = browserSyncContext): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      await syncOnce(context);
    } while (again);
  })().finally(() => (running = null));
  return running;
}

/** Forgets the cursor and pulls everything from the server again, keeping unsent edits. */
export function resyncFromServer(context: SyncContext = browserSyncContext): Promise<void> {
  oweResync(context.storage, true);
  return syncNow(context);
}

async function syncOnce(context: SyncContext): Promise<void> {
  if (!context.online()) {
    syncStatus.state = 'offline';
    await countPending(context);
    return;
  }
  syncStatus.state = 'syncing';
  try {
    const { conflicts, held } = await syncRounds(context);
    syncStatus.conflicts = rememberConflicts(context.storage, conflicts);
    Object.assign(syncStatus, {
      state: 'idle',
      lastSyncedAt: Date.now(),
      lastError: held.length ? `not synced: ${held.join('; ')}` : null,
      notices: conflicts.map((c) => c.text)
    });
  } catch (error) {
    // fetch rejects with a TypeError when the network is down.
    const offline = !context.online() || error instanceof TypeError;
    Object.assign(syncStatus, { state: offline ? 'offline' : 'error', lastError: (error as Error).message });
  }
  await countPending(context);
}

async function countPending(context: SyncContext): Promise<void> {
  const [scanners, watchlists] = await Promise.all([
    pendingScannerCount(context.scannerDb()),
    pendingWatchlistCount(context.watchlistDb())
  ]);
  syncStatus.pending = scanners + watchlists;
}

/** Shows the conflicts remembered from earlier visits (once, before the first sync adds to them). */
export function loadRememberedConflicts(context: SyncContext = browserSyncContext): void {
  if (syncStatus.conflicts.length === 0) syncStatus.conflicts = readConflicts(context.storage);
}

/** Forgets the remembered conflicts; the conflict copies themselves stay. */
export function clearRememberedConflicts(context: SyncContext = browserSyncContext): void {
  syncStatus.conflicts = clearConflicts(context.storage);
}
