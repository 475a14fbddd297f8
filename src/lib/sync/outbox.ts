/**
 * The sync outbox's shape and the one call stores make when they change a record.
 * Each domain database keeps its own `outbox` and `shadows` tables, so a change and
 * its outbox entry commit in one IndexedDB transaction.
 */
import type { Table } from 'dexie';

type SymbolRef = { symbol: string; exchange: string };

/**
 * What pushes the server has not answered yet carried for a record: the last value sent for
 * each field, and the symbols added or removed. A later change sends these fields and symbols
 * again (with their current values) so a delayed earlier push can never have the last word.
 */
export interface SentValues {
  fields?: Partial<Record<'name' | 'description' | 'category' | 'source', string>>;
  symbols?: SymbolRef[];
}

/** A record changed on this device since its last push; `changeId` is new on every change. */
export interface OutboxEntry {
  id: string;
  changeId: string;
  at: number;
  sent?: SentValues;
}

/** A random hex id (crypto.randomUUID exists only on https or localhost). */
export const randomId = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

const listeners = new Set<() => void>();

/** Calls `listener` after each recorded local change; returns the function that stops it. */
export function onLocalChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Marks a record as changed, inside the caller's transaction (which must include `outbox`).
 * What unanswered pushes carried stays with the entry.
 * @example await db.transaction('rw', db.scanners, db.outbox, async () => { await db.scanners.put(row); await recordChange(db.outbox, row.id); })
 */
export async function recordChange(outbox: Table<OutboxEntry, string>, id: string): Promise<void> {
  const previous = await outbox.get(id);
  await outbox.put({ id, changeId: randomId(), at: Date.now(), ...(previous?.sent ? { sent: previous.sent } : {}) });
  // After the caller's transaction commits, not before: the push must see the change.
  queueMicrotask(() => setTimeout(() => listeners.forEach((listener) => listener()), 0));
}

const symbolKey = (s: SymbolRef) => `${s.exchange}:${s.symbol}`;

/** `sent` with one more push's values folded in. */
export function withSent(sent: SentValues | undefined, push: SentValues): SentValues {
  const symbols = new Map(
    [...(sent?.symbols ?? []), ...(push.symbols ?? [])].map((s) => [
      symbolKey(s),
      { symbol: s.symbol, exchange: s.exchange }
    ])
  );
  return { fields: { ...sent?.fields, ...push.fields }, symbols: [...symbols.values()] };
}
