import { deviceId, epochChanged, nextSeq, oweResync, readCursor, resyncOwed, saveCursor } from './device';
import { applyScanners, pendingScannerChanges } from './scanner-sync';
import type { SyncContext } from './sync-context';
import { describeConflict, type ConflictNote } from './sync-notices';
import { handleRefusals, markSent, reconcileAfterResync, settle } from './sync-repair';
import { applyWatchlists, pendingWatchlistChanges } from './watchlist-sync';
import {
  syncResponseSchema,
  type ScannerChange,
  type SyncChange,
  type SyncResponse,
  type WatchlistChange
} from './wire';

/** The server refuses bodies over 1 MiB; a push is split well below that. */
const MAX_PUSH_BYTES = 600_000;
const MAX_PUSH_CHANGES = 400;
const MAX_ROUNDS = 50;

export interface SyncOutcome {
  conflicts: ConflictNote[];
  /** Changes that stay on this device, and why. */
  held: string[];
}

/**
 * One sync of a device: rounds of push-and-pull until nothing is pending and the pull is
 * complete. Each round pushes what fits one request, then writes the answer into the
 * databases. A server answering `resync` (or with a new epoch) makes the device pull from
 * zero, keeping its unsent edits, and push again records the server no longer has.
 * Throws when the server cannot be reached or refuses the request.
 */
export async function syncRounds(context: SyncContext): Promise<SyncOutcome> {
  const { storage } = context;
  const outcome: SyncOutcome = { conflicts: [], held: [] };
  let seen: Set<string> | null = null;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const [scanners, watchlists] = await Promise.all([
      pendingScannerChanges(context.scannerDb()),
      pendingWatchlistChanges(context.watchlistDb())
    ]);
    await settle(context, 'scanner', scanners.unchanged);
    await settle(context, 'watchlist', watchlists.unchanged);
    const waiting: SyncChange[] = [...scanners.changes, ...watchlists.changes];
    const changes = fitPush(waiting);
    await markSent(context, changes);
    if (resyncOwed(storage) && seen === null) saveCursor(storage, 0);
    const since = readCursor(storage);
    const answer = await send(context, { deviceId: deviceId(storage), seq: nextSeq(storage), since, changes });

    outcome.held = [...scanners.held, ...watchlists.held];
    let requeued = await handleRefusals(context, answer.refused, outcome.held);
    const acked = new Set(answer.applied.map((a) => a.changeId));
    const ackedOf = <T extends SyncChange>(type: T['type']) =>
      new Map(changes.filter((c): c is T => c.type === type && acked.has(c.changeId)).map((c) => [c.id, c]));
    await applyScanners(
      context.scannerDb(),
      answer.changes.filter((r) => r.type === 'scanner'),
      ackedOf<ScannerChange>('scanner')
    );
    await applyWatchlists(
      context.watchlistDb(),
      answer.changes.filter((r) => r.type === 'watchlist'),
      ackedOf<WatchlistChange>('watchlist')
    );
    // An acknowledged change of a record the answer did not carry (a deletion of one the server never had) is done.
    const returned = new Set(answer.changes.map((r) => `${r.type}:${r.id}`));
    for (const type of ['scanner', 'watchlist'] as const) {
      await settle(
        context,
        type,
        changes.filter((c) => c.type === type && acked.has(c.changeId) && !returned.has(`${type}:${c.id}`)),
        true
      );
    }
    saveCursor(storage, answer.cursor);
    outcome.conflicts.push(...answer.conflicts.map((conflict) => describeConflict(conflict, Date.now())));

    // A pull from zero lists every record the server has: a resync completes at its last page.
    const epochMoved = epochChanged(storage, answer.epoch);
    if (since === 0 || answer.resync) {
      seen = new Set();
      oweResync(storage, true);
    } else if (epochMoved) {
      seen = null;
      oweResync(storage, true);
    }
    for (const record of answer.changes) seen?.add(`${record.type}:${record.id}`);
    if (seen && !answer.more) {
      requeued = (await reconcileAfterResync(context, seen)) || requeued;
      seen = null;
      oweResync(storage, false);
    }
    if (!answer.more && !requeued && changes.length === waiting.length && !resyncOwed(storage)) break;
  }
  return outcome;
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

async function send(
  context: SyncContext,
  body: { deviceId: string; seq: number; since: number; changes: SyncChange[] }
): Promise<SyncResponse> {
  const response = await context.post(body);
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = (json as { error?: { message?: unknown } } | null)?.error?.message;
    throw new Error(typeof message === 'string' ? `sync refused: ${message}` : `sync failed: HTTP ${response.status}`);
  }
  return syncResponseSchema.parse(json);
}
