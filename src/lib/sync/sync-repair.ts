import type { Dexie, Table } from 'dexie';
import { recordChange, withSent, type OutboxEntry } from './outbox';
import type { SyncContext } from './sync-context';
import type { SyncChange, SyncRefusal } from './wire';

type Tables = { outbox: Table<OutboxEntry, string>; shadows: Table<{ id: string }, string> };
/** One record type's database seen through what the two have in common. */
const tablesOf = (context: SyncContext, type: 'scanner' | 'watchlist') => {
  const db: Dexie = type === 'scanner' ? context.scannerDb() : context.watchlistDb();
  const records = (type === 'scanner'
    ? context.scannerDb().scanners
    : context.watchlistDb().watchlists) as unknown as Table<{ id: string }, string>;
  return { db, records, tables: db as unknown as Tables };
};

/**
 * Notes what each change about to be pushed carries, before it leaves: if the answer never
 * comes, the next change states those fields and symbols again.
 */
export async function markSent(context: SyncContext, changes: SyncChange[]): Promise<void> {
  for (const type of ['scanner', 'watchlist'] as const) {
    const mine = changes.filter((c) => c.type === type);
    if (mine.length === 0) continue;
    const { db, tables } = tablesOf(context, type);
    await db.transaction('rw', tables.outbox, async () => {
      for (const change of mine) {
        const entry = await tables.outbox.get(change.id);
        if (!entry) continue;
        const push =
          change.type === 'scanner'
            ? { fields: change.fields }
            : {
                fields: change.name === undefined ? {} : { name: change.name },
                symbols: [...change.add, ...change.remove]
              };
        await tables.outbox.put({ ...entry, sent: withSent(entry.sent, push) });
      }
    });
  }
}

/** Removes outbox entries that are done, unless the record changed again since (a new change id). */
export async function settle(
  context: SyncContext,
  type: 'scanner' | 'watchlist',
  entries: Array<{ id: string; changeId: string }>,
  dropShadows = false
): Promise<void> {
  if (entries.length === 0) return;
  const { db, tables } = tablesOf(context, type);
  await db.transaction('rw', tables.outbox, tables.shadows, async () => {
    for (const entry of entries) {
      if ((await tables.outbox.get(entry.id))?.changeId !== entry.changeId) continue;
      await tables.outbox.delete(entry.id);
      if (dropShadows) await tables.shadows.delete(entry.id);
    }
  });
}

/**
 * Acts on the server's refusals; true when something was queued to push again.
 * - unknown-record: the server lost the record (a restored backup): it is sent again whole.
 * - change-id-reused: the change goes again under a new id.
 * - stale: a newer change of this device stands; whatever is still pending goes again.
 * - invalid: stays here and is reported.
 */
export async function handleRefusals(context: SyncContext, refused: SyncRefusal[], held: string[]): Promise<boolean> {
  let requeued = false;
  for (const refusal of refused) {
    if (refusal.reason === 'invalid') {
      held.push(`${refusal.type} ${refusal.id}: ${refusal.message}`);
      continue;
    }
    requeued = true;
    if (refusal.reason === 'stale') continue;
    const { db, records, tables } = tablesOf(context, refusal.type);
    await db.transaction('rw', records, tables.outbox, tables.shadows, async () => {
      if ((await tables.outbox.get(refusal.id))?.changeId !== refusal.changeId) return;
      if (refusal.reason === 'unknown-record') await tables.shadows.delete(refusal.id);
      if (await records.get(refusal.id)) await recordChange(tables.outbox, refusal.id);
      else await tables.outbox.delete(refusal.id);
    });
  }
  return requeued;
}

/**
 * After a full pull from zero: a record this device had from the server that the server no
 * longer has at all (its database was restored from an older backup) is pushed again whole;
 * one deleted here is forgotten. True when something was queued.
 */
export async function reconcileAfterResync(context: SyncContext, seen: ReadonlySet<string>): Promise<boolean> {
  let requeued = false;
  for (const type of ['scanner', 'watchlist'] as const) {
    const { db, records, tables } = tablesOf(context, type);
    await db.transaction('rw', records, tables.outbox, tables.shadows, async () => {
      for (const id of (await tables.shadows.toCollection().primaryKeys()).map(String)) {
        if (seen.has(`${type}:${id}`)) continue;
        await tables.shadows.delete(id);
        if (await records.get(id)) {
          await recordChange(tables.outbox, id);
          requeued = true;
        } else await tables.outbox.delete(id);
      }
    });
  }
  return requeued;
}
