import { deviceId, readCursor, saveCursor } from './device';
import { applyScanners, pendingScannerChanges, pendingScannerCount } from './scanner-sync';
import { syncStatus } from './sync-status.svelte';
import { applyWatchlists, pendingWatchlistChanges, pendingWatchlistCount } from './watchlist-sync';
import { syncResponseSchema, type SyncChange, type SyncResponse } from './wire';

/** The server refuses bodies over 1 MiB; a push is split well below that. */
const MAX_PUSH_BYTES = 600_000;
const MAX_PUSH_CHANGES = 400;
const MAX_ROUNDS = 50;

let running: Promise<void> | null = null;
let again = false;

/**
 * Pushes this device's pending changes and pulls everyone else's; concurrent calls share one
 * run (and a call during a run makes it go round once more). Never throws: the outcome is in `syncStatus`.
 * @example await syncNow(); syncStatus.state // 'idle'
 */
export function syncNow(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      await syncOnce();
    } while (again);
  })().finally(() => (running = null));
  return running;
}

async function syncOnce(): Promise<void> {
  if (!navigator.onLine) {
    syncStatus.state = 'offline';
    await countPending();
    return;
  }
  syncStatus.state = 'syncing';
  try {
    const notices: string[] = [];
    let held: string[] = [];
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const [scanners, watchlists] = await Promise.all([pendingScannerChanges(), pendingWatchlistChanges()]);
      held = [...scanners.held, ...watchlists.held];
      const waiting: SyncChange[] = [...scanners.changes, ...watchlists.changes];
      const changes = fitPush(waiting);
      const answer = await post({ deviceId: deviceId(), since: readCursor(), changes });
      const sent = (type: SyncChange['type']) => new Map(answer.applied.filter((a) => a.type === type).map((a) => [a.id, a.changeId]));
      await applyScanners(answer.changes.filter((r) => r.type === 'scanner'), sent('scanner'), scanners.unchanged);
      await applyWatchlists(answer.changes.filter((r) => r.type === 'watchlist'), sent('watchlist'), watchlists.unchanged);
      saveCursor(answer.cursor);
      notices.push(...answer.conflicts.map(describeConflict));
      if (!answer.more && changes.length === waiting.length) break;
    }
    Object.assign(syncStatus, { state: 'idle', lastSyncedAt: Date.now(), lastError: held.length ? `not synced: ${held.join('; ')}` : null, notices });
  } catch (error) {
    // fetch rejects with a TypeError when the network is down.
    const offline = !navigator.onLine || error instanceof TypeError;
    Object.assign(syncStatus, { state: offline ? 'offline' : 'error', lastError: (error as Error).message });
  }
  await countPending();
}

/** The first changes that fit one request. */
function fitPush(changes: SyncChange[]): SyncChange[] {
  let bytes = 0;
  const fitted: SyncChange[] = [];
  for (const change of changes) {
    bytes += JSON.stringify(change).length;
    if (fitted.length > 0 && (bytes > MAX_PUSH_BYTES || fitted.length >= MAX_PUSH_CHANGES)) break;
    fitted.push(change);
  }
  return fitted;
}

async function post(body: { deviceId: string; since: number; changes: SyncChange[] }): Promise<SyncResponse> {
  const response = await fetch('/api/sync', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = (json as { error?: { message?: unknown } } | null)?.error?.message;
    throw new Error(typeof message === 'string' ? `sync refused: ${message}` : `sync failed: HTTP ${response.status}`);
  }
  return syncResponseSchema.parse(json);
}

function describeConflict(conflict: SyncResponse['conflicts'][number]): string {
  const { kind } = conflict;
  const extra = conflict as Record<string, unknown>;
  if (kind === 'conflict-copy') return `Both devices changed a scanner's code: the other version is saved as "${String(extra.copyName)}".`;
  if (kind === 'name-clash') return `"${String(extra.requested)}" was taken on the server: saved as "${String(extra.name)}".`;
  if (kind === 'delete-ignored') return `A ${conflict.type} deleted here was edited on another device, so it was kept.`;
  return `A ${conflict.type} deleted on another device was edited here, so it is back.`;
}

async function countPending(): Promise<void> {
  const [scanners, watchlists] = await Promise.all([pendingScannerCount(), pendingWatchlistCount()]);
  syncStatus.pending = scanners + watchlists;
}
