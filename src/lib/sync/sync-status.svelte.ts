import type { ConflictNote } from './sync-notices';

export type SyncState = 'idle' | 'syncing' | 'offline' | 'error';

/** What the shell shows about sync: the state, when it last finished, how many local changes wait. */
export interface SyncStatus {
  state: SyncState;
  /** Epoch milliseconds of the last sync that reached the server; null before the first. */
  lastSyncedAt: number | null;
  /** Records changed on this device and not yet on the server. */
  pending: number;
  lastError: string | null;
  /** What the server did differently from what this device asked, from the last sync (conflict copies, renamed clashes). */
  notices: string[];
  /** Recent conflicts (newest first), each with its conflict copy when one was made; kept across reloads. */
  conflicts: ConflictNote[];
}

/** The one sync status, a rune: read it in a component and it stays current. */
export const syncStatus: SyncStatus = $state({
  state: 'idle',
  lastSyncedAt: null,
  pending: 0,
  lastError: null,
  notices: [],
  conflicts: []
});
