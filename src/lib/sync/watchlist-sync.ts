import type { WatchlistRow } from '$lib/watchlists/watchlist-store';
import { watchlistSchema, type Watchlist, type WatchlistSymbol } from '$lib/watchlists/watchlist-model';
import { recordChange, type OutboxEntry, type SentValues } from './outbox';
import type { WatchlistShadow } from './shadows';
import type { WatchlistTables } from './sync-context';
import { nameIsPending, rebaseSymbols, watchlistChange } from './watchlist-merge';
import { isSyncableSymbol, type SyncedWatchlist, type WatchlistChange } from './wire';

const parse = (row: unknown): Watchlist | null => {
  const parsed = watchlistSchema.safeParse(row);
  return parsed.success ? parsed.data : null;
};
/** The store's unique name key (nameKeyOf) without its length check: a server name may be longer. */
const keyOf = (name: string) => name.replace(/\s+/g, ' ').trim().toLocaleLowerCase('en-US');

/** The watchlist changes waiting in the outbox, each diffed against its shadow; entries with nothing to send come back as `unchanged`. */
export async function pendingWatchlistChanges(
  db: WatchlistTables
): Promise<{ changes: WatchlistChange[]; unchanged: OutboxEntry[]; held: string[] }> {
  return db.transaction('r', db.watchlists, db.outbox, db.shadows, async () => {
    const result = { changes: [] as WatchlistChange[], unchanged: [] as OutboxEntry[], held: [] as string[] };
    for (const entry of await db.outbox.toArray()) {
      const change = watchlistChange(parse(await db.watchlists.get(entry.id)), await db.shadows.get(entry.id), entry);
      if (change) result.changes.push(change);
      else result.unchanged.push(entry);
    }
    return result;
  });
}

const unchecked = (s: { symbol: string; exchange: string }): WatchlistSymbol => ({
  symbol: s.symbol,
  exchange: s.exchange,
  status: 'unchecked'
});

/**
 * The shadow of a list with unpushed edits when the server sends a newer version: the server's
 * symbols (symbol operations replay on any set), and the server's name unless the name was
 * renamed here and this device's acknowledged rename is not what the server holds; then the
 * base name and its revision stay, so the server can tell a concurrent rename.
 */
function nextShadow(
  shadow: WatchlistShadow | undefined,
  local: Watchlist,
  sent: SentValues | undefined,
  server: SyncedWatchlist,
  acked: WatchlistChange | undefined
): WatchlistShadow {
  const next = { id: server.id, rev: server.rev, name: server.name, symbols: server.symbols };
  if (!shadow || !nameIsPending(local.name, shadow, sent) || acked?.name === server.name) return next;
  return { ...next, name: shadow.name, rev: shadow.rev };
}

/**
 * Writes the server's watchlists into IndexedDB in one transaction, as `applyScanners` does for
 * scanners. Symbol statuses and symbols the server does not accept stay as they were here.
 */
export async function applyWatchlists(
  db: WatchlistTables,
  records: SyncedWatchlist[],
  acked: ReadonlyMap<string, WatchlistChange>
): Promise<void> {
  await db.transaction('rw', db.watchlists, db.outbox, db.shadows, async () => {
    const next: WatchlistRow[] = [];
    for (const record of records) {
      const entry = await db.outbox.get(record.id);
      const pushed = acked.get(record.id);
      const local = parse(await db.watchlists.get(record.id));
      const shadow = await db.shadows.get(record.id);
      const dirty = entry !== undefined && pushed?.changeId !== entry.changeId;
      if (!dirty) {
        if (entry) await db.outbox.delete(record.id);
        await db.watchlists.delete(record.id);
        if (record.deleted) await db.shadows.delete(record.id);
        else await db.shadows.put({ id: record.id, rev: record.rev, name: record.name, symbols: record.symbols });
        if (!record.deleted) next.push(rowOf(record, record.name, local, local?.symbols ?? [], undefined, false));
        continue;
      }
      if (pushed) await db.outbox.put({ id: entry.id, changeId: entry.changeId, at: entry.at });
      if (!local || record.deleted) continue;
      await db.shadows.put(nextShadow(shadow, local, entry.sent, record, pushed));
      await db.watchlists.delete(record.id);
      const name = !shadow || nameIsPending(local.name, shadow, entry.sent) ? local.name : record.name;
      next.push(rowOf(record, name, local, shadow?.symbols ?? [], entry.sent, true));
    }
    for (const row of next) {
      const holder = await db.watchlists.where('nameKey').equals(row.nameKey).first();
      if (holder) {
        let n = 2;
        while (
          await db.watchlists
            .where('nameKey')
            .equals(keyOf(`${holder.name} (local ${n})`))
            .count()
        )
          n++;
        const name = `${holder.name} (local ${n})`;
        await db.watchlists.put({ ...holder, name, nameKey: keyOf(name) });
        await recordChange(db.outbox, holder.id);
      }
      await db.watchlists.put(row);
    }
  });
}

/** The list as it is kept here: the server's symbols with pending operations replayed, statuses kept, unsyncable symbols left in place. */
function rowOf(
  record: SyncedWatchlist,
  name: string,
  local: Watchlist | null,
  base: Array<{ symbol: string; exchange: string }>,
  sent: SentValues | undefined,
  dirty: boolean
): WatchlistRow {
  const localSymbols = local?.symbols ?? [];
  // Not dirty: `base` is the local list itself, so only statuses carry over.
  const symbols = rebaseSymbols(localSymbols, base, sent, record.symbols, unchecked);
  const present = new Set(symbols.map((s) => `${s.exchange}:${s.symbol}`));
  const localOnly = localSymbols.filter((s) => !isSyncableSymbol(s) && !present.has(`${s.exchange}:${s.symbol}`));
  return {
    id: record.id,
    name,
    symbols: [...symbols, ...localOnly],
    createdAt: local?.createdAt ?? record.updatedAt,
    updatedAt: dirty && local ? local.updatedAt : record.updatedAt,
    source: local?.source ?? null,
    nameKey: keyOf(name)
  };
}

export async function pendingWatchlistCount(db: WatchlistTables): Promise<number> {
  return db.outbox.count();
}
