/**
 * The sync outbox's shape and the one call stores make when they change a record.
 * Each domain database keeps its own `outbox` and `shadows` tables, so a change and
 * its outbox entry commit in one IndexedDB transaction.
 */
import type { Table } from 'dexie';

/** A record changed on this device since its last push; `changeId` is new on every change. */
export interface OutboxEntry {
  id: string;
  changeId: string;
  at: number;
}

/** A random hex id (crypto.randomUUID exists only on https or localhost). */
export const randomId = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

const listeners = new Set<() => void>();

/** Calls `listener` after each recorded local change; returns the function that stops it. */
export function onLocalChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Marks a record as changed, inside the caller's transaction (which must include `outbox`).
 * @example await db.transaction('rw', db.scanners, db.outbox, async () => { await db.scanners.put(row); await recordChange(db.outbox, row.id); })
 */
export async function recordChange(outbox: Table<OutboxEntry, string>, id: string): Promise<void> {
  await outbox.put({ id, changeId: randomId(), at: Date.now() });
  // After the caller's transaction commits, not before: the push must see the change.
  queueMicrotask(() => setTimeout(() => listeners.forEach((listener) => listener()), 0));
}
