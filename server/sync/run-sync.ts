import { randomUUID } from 'node:crypto';
import { LibsqlError, type Client } from '@libsql/client';
import { effectiveBase, recordKey, rememberStatement } from './device-records.js';
import { pruneStatements, seenStatement } from './device-pruning.js';
import { ChangeRefused, type SyncPlan } from './plan-context.js';
import { planScannerChange } from './plan-scanner.js';
import { planWatchlistChange } from './plan-watchlist.js';
import { clockGuard, pullStatements, pulledChanges, readSnapshot, touchedStatements } from './sync-rows.js';
import type { SyncChange, SyncRefusal, SyncRequest, SyncResponse } from './sync-schemas.js';

export interface SyncOptions {
  now?: () => number;
  newId?: () => string;
  /** Most records one answer carries; the device asks again while `more` is true. */
  pullLimit?: number;
  /** This server run's epoch (see SyncResponse.epoch). */
  epoch?: string;
  /** Called as a push's write transaction starts (a crash test kills the server on it). */
  onWrite?: () => void;
}

/** How long the change log remembers a change: a device re-sending an older push is treated as new. */
const LOG_DAYS = 90;
const ATTEMPTS = 5;

const isStalePlan = (error: unknown) =>
  error instanceof LibsqlError && /NOT NULL constraint failed: sync_clock\.rev/i.test(error.message);

/**
 * Applies a device's changes and reads what it should pull, all in one write transaction.
 * The merge is planned from a snapshot read just before; the batch starts with a guard
 * that aborts it if any other write landed in between, and the whole push is then re-planned.
 * @example const answer = await runSync(store.client, { deviceId, since: 0, changes: [] })
 */
export async function runSync(client: Client, request: SyncRequest, options: SyncOptions = {}): Promise<SyncResponse> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptSync(client, request, options);
    } catch (error) {
      if (!isStalePlan(error) || attempt === ATTEMPTS) throw error;
    }
  }
}

type Outcome =
  | { kind: 'applied' }
  | { kind: 'logged'; conflicts: SyncResponse['conflicts'] }
  | { kind: 'refused'; refusal: SyncRefusal };

/** Plans one change into `plan`; a refused change leaves `plan` as it was. */
function planChange(
  plan: SyncPlan,
  request: SyncRequest,
  change: SyncChange,
  firstRecordOf: Map<string, string>
): Outcome {
  const key = recordKey(change.type, change.id);
  const refuse = (reason: SyncRefusal['reason'], message: string): Outcome => ({
    kind: 'refused',
    refusal: { changeId: change.changeId, type: change.type, id: change.id, reason, message }
  });
  const logged = plan.snapshot.logged.get(change.changeId);
  const claimed = firstRecordOf.get(change.changeId) ?? logged?.record ?? key;
  if (claimed !== key)
    return refuse('change-id-reused', `change id ${change.changeId} already named a change of ${claimed}`);
  if (firstRecordOf.has(change.changeId)) return { kind: 'logged', conflicts: [] };
  firstRecordOf.set(change.changeId, key);
  if (logged) return { kind: 'logged', conflicts: logged.conflicts };
  const last = plan.snapshot.deviceRecords.get(key);
  // Without a row (never pushed, or dropped by pruning) the newest dropped row's push still orders.
  const newestPush = last?.seq ?? plan.snapshot.prunedSeq;
  if (request.seq !== undefined && request.seq < newestPush)
    return refuse('stale', `this device already pushed a newer change of ${key}`);

  const saved = {
    statements: plan.statements.length,
    conflicts: plan.conflicts.length,
    scanners: new Map(plan.snapshot.scanners),
    watchlists: new Map(plan.snapshot.watchlists)
  };
  try {
    const base = effectiveBase(change, last);
    if (change.type === 'scanner') planScannerChange(plan, change, base);
    else planWatchlistChange(plan, change, base);
  } catch (error) {
    plan.statements.length = saved.statements;
    plan.conflicts.length = saved.conflicts;
    Object.assign(plan.snapshot, { scanners: saved.scanners, watchlists: saved.watchlists });
    if (error instanceof ChangeRefused) return refuse(error.reason, error.message);
    return refuse('invalid', (error as Error).message);
  }
  plan.statements.push(rememberStatement(request.deviceId, request.seq ?? last?.seq ?? 0, change), {
    sql: 'INSERT INTO sync_changes (change_id, device_id, outcome, applied_at, record_type, record_id) VALUES (?, ?, ?, ?, ?, ?)',
    args: [
      change.changeId,
      request.deviceId,
      JSON.stringify(plan.conflicts.slice(saved.conflicts)),
      plan.now,
      change.type,
      change.id
    ]
  });
  return { kind: 'applied' };
}

async function attemptSync(
  client: Client,
  request: SyncRequest,
  { now = Date.now, newId = randomUUID, pullLimit = 1000, epoch = 'none', onWrite }: SyncOptions
): Promise<SyncResponse> {
  const idsOf = (type: string) => request.changes.filter((c) => c.type === type).map((c) => c.id);
  const snapshot = await readSnapshot(
    client,
    request.deviceId,
    request.changes.map((c) => c.changeId),
    idsOf('scanner'),
    idsOf('watchlist')
  );
  const plan: SyncPlan = {
    snapshot,
    statements: [],
    conflicts: [],
    deviceLabel: `device ${request.deviceId.slice(0, 6)}`,
    now: now(),
    newId
  };
  const answered: SyncResponse['conflicts'] = [];
  const applied: SyncResponse['applied'] = [];
  const refused: SyncRefusal[] = [];
  const firstRecordOf = new Map<string, string>();
  for (const change of request.changes) {
    const outcome = planChange(plan, request, change, firstRecordOf);
    if (outcome.kind === 'refused') refused.push(outcome.refusal);
    else applied.push({ changeId: change.changeId, type: change.type, id: change.id });
    if (outcome.kind === 'logged') answered.push(...outcome.conflicts);
  }
  // A cursor ahead of the clock comes from before a restore: the device starts over from zero.
  const resync = request.since > snapshot.clock;
  const since = resync ? 0 : request.since;
  const reads = [...touchedStatements(idsOf('scanner'), idsOf('watchlist')), ...pullStatements(since, pullLimit)];
  onWrite?.();
  const results = await client.batch(
    [
      clockGuard(snapshot.clock),
      ...plan.statements,
      { sql: 'DELETE FROM sync_changes WHERE applied_at < ?', args: [plan.now - LOG_DAYS * 86_400_000] },
      seenStatement(request.deviceId, plan.now),
      ...pruneStatements(request.deviceId, request.seq, plan.now),
      ...reads
    ],
    'write'
  );
  const [touchedScanners, touchedWatchlists, scanners, watchlists, clock] = results.slice(-reads.length);
  const pulled = pulledChanges(
    { scanners: scanners.rows, watchlists: watchlists.rows },
    { scanners: touchedScanners.rows, watchlists: touchedWatchlists.rows },
    Number(clock.rows[0].rev),
    pullLimit
  );
  return { applied: dedupe(applied), conflicts: [...answered, ...plan.conflicts], refused, ...pulled, resync, epoch };
}

const dedupe = (applied: SyncResponse['applied']) =>
  applied.filter((a, i) => applied.findIndex((o) => o.changeId === a.changeId) === i);
