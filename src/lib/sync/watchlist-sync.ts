import { watchlistDatabase, type WatchlistRow } from '$lib/watchlists/watchlist-store';
import { watchlistSchema, type Watchlist, type WatchlistSymbol } from '$lib/watchlists/watchlist-model';
import { recordChange, type OutboxEntry } from './outbox';
import type { WatchlistShadow } from './shadows';
import { rebaseSymbols, watchlistChange } from './watchlist-merge';
import { isSyncableSymbol, type SyncedWatchlist, type WatchlistChange } from './wire';

const parse = (row: unknown): Watchlist | null => {
  const parsed = watchlistSchema.safeParse(row);
  return parsed.success ? parsed.data : null;
};
/** The store's unique name key (nameKeyOf) without its length check: a server name may be longer. */
const keyOf = (name: string) => name.replace(/\s+/g, ' ').trim().toLocaleLowerCase('en-US');

/** The watchlist changes waiting in the outbox, each diffed against its shadow; entries with nothing to send come back as `unchanged`. */
export async function pendingWatchlistChanges(): Promise<{ changes: WatchlistChange[]; unchanged: OutboxEntry[]; held: string[] }> {
  const db = watchlistDatabase();
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

const shadowOf = ({ id, rev, name, symbols }: SyncedWatchlist): WatchlistShadow => ({ id, rev, name, symbols });
const unchecked = (s: { symbol: string; exchange: string }): WatchlistSymbol => ({ symbol: s.symbol, exchange: s.exchange, status: 'unchecked' });

/**
 * Writes the server's watchlists into IndexedDB in one transaction, as `applyScanners` does for
 * scanners. Symbol statuses and symbols the server does not accept stay as they were here.
 */
export async function applyWatchlists(records: SyncedWatchlist[], sent: ReadonlyMap<string, string>, settled: OutboxEntry[]): Promise<void> {
  const db = watchlistDatabase();
  await db.transaction('rw', db.watchlists, db.outbox, db.shadows, async () => {
    for (const entry of settled) if ((await db.outbox.get(entry.id))?.changeId === entry.changeId) await db.outbox.delete(entry.id);
    const next: WatchlistRow[] = [];
    for (const record of records) {
      const entry = await db.outbox.get(record.id);
      const acknowledged = entry !== undefined && sent.get(record.id) === entry.changeId;
      if (acknowledged) await db.outbox.delete(record.id);
      const dirty = entry !== undefined && !acknowledged;
      const local = parse(await db.watchlists.get(record.id));
      const shadow = await db.shadows.get(record.id);
      if (record.deleted) await db.shadows.delete(record.id);
      else await db.shadows.put(shadowOf(record));
      if (dirty && (!local || record.deleted)) continue;
      await db.watchlists.delete(record.id);
      if (record.deleted) continue;
      const localSymbols = local?.symbols ?? [];
      // Not dirty: the local symbols are the shadow's, so only statuses carry over.
      const symbols = rebaseSymbols(localSymbols, dirty ? (shadow?.symbols ?? []) : localSymbols, record.symbols, unchecked);
      const present = new Set(symbols.map((s) => `${s.exchange}:${s.symbol}`));
      const localOnly = localSymbols.filter((s) => !isSyncableSymbol(s) && !present.has(`${s.exchange}:${s.symbol}`));
      const name = dirty && local && shadow && local.name !== shadow.name ? local.name : record.name;
      next.push({
        id: record.id,
        name,
        symbols: [...symbols, ...localOnly],
        createdAt: local?.createdAt ?? record.updatedAt,
        updatedAt: dirty && local ? local.updatedAt : record.updatedAt,
        source: local?.source ?? null,
        nameKey: keyOf(name)
      });
    }
    for (const row of next) {
      const holder = await db.watchlists.where('nameKey').equals(row.nameKey).first();
      if (holder) {
        let n = 2;
        while (await db.watchlists.where('nameKey').equals(keyOf(`${holder.name} (local ${n})`)).count()) n++;
        const name = `${holder.name} (local ${n})`;
        await db.watchlists.put({ ...holder, name, nameKey: keyOf(name) });
        await recordChange(db.outbox, holder.id);
      }
      await db.watchlists.put(row);
    }
  });
}

export async function pendingWatchlistCount(): Promise<number> {
  return watchlistDatabase().outbox.count();
}
