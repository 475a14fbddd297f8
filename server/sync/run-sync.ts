import { randomUUID } from 'node:crypto';
import { LibsqlError, type Client } from '@libsql/client';
import { type SyncPlan } from './plan-context.js';
import { planScannerChange } from './plan-scanner.js';
import { planWatchlistChange } from './plan-watchlist.js';
import { clockGuard, pullStatements, pulledChanges, readSnapshot, touchedStatements } from './sync-rows.js';
import type { SyncRequest, SyncResponse } from './sync-schemas.js';

export interface SyncOptions {
  now?: () => number;
  newId?: () => string;
  /** Most records one answer carries; the device asks again while `more` is true. */
  pullLimit?: number;
}

/** How long the change log remembers a change: a device re-sending an older push is treated as new. */
const LOG_DAYS = 90;
const ATTEMPTS = 5;

const isStalePlan = (error: unknown) => error instanceof LibsqlError && /NOT NULL constraint failed: sync_clock\.rev/i.test(error.message);

/**
 * Applies a device's changes and reads what it should pull, all in one write transaction.
 * The merge is planned from a snapshot read just before; the batch starts with a guard
 * that aborts it if any other write landed in between, and the whole push is then re-planned.
 * @example const answer = await runSync(store.client, { deviceId, since: 0, changes: [] })
 */
export async function runSync(client: Client, request: SyncRequest, { now = Date.now, newId = randomUUID, pullLimit = 1000 }: SyncOptions = {}): Promise<SyncResponse> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptSync(client, request, now(), newId, pullLimit);
    } catch (error) {
      if (!isStalePlan(error) || attempt === ATTEMPTS) throw error;
    }
  }
}

async function attemptSync(client: Client, request: SyncRequest, now: number, newId: () => string, pullLimit: number): Promise<SyncResponse> {
  const idsOf = (type: string) => request.changes.filter((c) => c.type === type).map((c) => c.id);
  const snapshot = await readSnapshot(client, request.changes.map((c) => c.changeId), idsOf('scanner'), idsOf('watchlist'));
  const plan: SyncPlan = { snapshot, statements: [], conflicts: [], deviceLabel: `device ${request.deviceId.slice(0, 6)}`, now, newId };
  const answered: SyncResponse['conflicts'] = [];
  const seen = new Set<string>();
  for (const change of request.changes) {
    if (seen.has(change.changeId)) continue;
    seen.add(change.changeId);
    const logged = snapshot.logged.get(change.changeId);
    if (logged) {
      answered.push(...logged);
      continue;
    }
    const before = plan.conflicts.length;
    if (change.type === 'scanner') planScannerChange(plan, change);
    else planWatchlistChange(plan, change);
    plan.statements.push({
      sql: 'INSERT INTO sync_changes (change_id, device_id, outcome, applied_at) VALUES (?, ?, ?, ?)',
      args: [change.changeId, request.deviceId, JSON.stringify(plan.conflicts.slice(before)), now]
    });
  }
  const reads = [...touchedStatements(idsOf('scanner'), idsOf('watchlist')), ...pullStatements(request.since, pullLimit)];
  const results = await client.batch(
    [clockGuard(snapshot.clock), ...plan.statements, { sql: 'DELETE FROM sync_changes WHERE applied_at < ?', args: [now - LOG_DAYS * 86_400_000] }, ...reads],
    'write'
  );
  const [touchedScanners, touchedWatchlists, scanners, watchlists, clock] = results.slice(-reads.length);
  const pulled = pulledChanges(
    { scanners: scanners.rows, watchlists: watchlists.rows },
    { scanners: touchedScanners.rows, watchlists: touchedWatchlists.rows },
    Number(clock.rows[0].rev),
    pullLimit
  );
  return {
    applied: request.changes.filter((c, i, all) => all.findIndex((o) => o.changeId === c.changeId) === i).map(({ changeId, type, id }) => ({ changeId, type, id })),
    conflicts: [...answered, ...plan.conflicts],
    ...pulled
  };
}
