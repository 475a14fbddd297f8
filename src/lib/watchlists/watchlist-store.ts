import { Dexie, liveQuery, type Table } from 'dexie';
import {
  cleanWatchlistName,
  mergeSymbols,
  nameKeyOf,
  watchlistSchema,
  WatchlistError,
  withoutSymbols,
  withStatuses,
  type SymbolRef,
  type SymbolStatus,
  type Watchlist
} from './watchlist-model';
import { startSyncOnFirstUse } from '$lib/sync/autostart';
import { recordChange, type OutboxEntry } from '$lib/sync/outbox';
import type { WatchlistShadow } from '$lib/sync/shadows';

export type { SymbolRef, SymbolStatus, Watchlist, WatchlistSymbol } from './watchlist-model';
export { WatchlistError } from './watchlist-model';

/** A stored row: the watchlist plus its lower-cased name, which a unique index keeps unique. */
export type WatchlistRow = Watchlist & { nameKey: string };

/**
 * Version 1: one row per watchlist with its symbols inline. A 2,000-symbol list is one small
 * structured-clone read and write, far faster than a row per symbol.
 * Version 2: sync's outbox (lists changed here since the last push) and shadows (each list
 * as the server last sent it, the base of the next push).
 */
class WatchlistDatabase extends Dexie {
  watchlists!: Table<WatchlistRow, string>;
  outbox!: Table<OutboxEntry, string>;
  shadows!: Table<WatchlistShadow, string>;

  constructor() {
    super('fluxscan-watchlists');
    this.version(1).stores({ watchlists: 'id, &nameKey' });
    this.version(2).stores({ outbox: 'id', shadows: 'id' });
  }
}

let database: WatchlistDatabase | undefined;
/** Opened on first use, so importing this module never touches IndexedDB; first use also starts syncing. */
export const watchlistDatabase = () => (database ??= (startSyncOnFirstUse(), new WatchlistDatabase()));
const db = watchlistDatabase;

/** A row read back from IndexedDB, checked; a corrupt row reads as missing. */
function parseRow(row: unknown): Watchlist | null {
  const parsed = watchlistSchema.safeParse(row);
  return parsed.success ? parsed.data : null;
}

/** A random id; crypto.randomUUID exists only on https or localhost, and FluxScan may be opened over the LAN. */
const newId = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

const byName = (a: Watchlist, b: Watchlist) =>
  a.name.localeCompare(b.name, 'en', { sensitivity: 'base', numeric: true });

async function assertNameFree(nameKey: string, exceptId?: string) {
  const clash = await db().watchlists.where('nameKey').equals(nameKey).first();
  if (clash && clash.id !== exceptId)
    throw new WatchlistError('name-taken', `A watchlist named "${clash.name}" already exists.`);
}

/** Reads, changes and writes one watchlist inside a transaction, so concurrent edits never lose symbols. */
function update(id: string, change: (list: Watchlist) => Partial<Watchlist>): Promise<Watchlist> {
  return db().transaction('rw', db().watchlists, db().outbox, async () => {
    const current = parseRow(await db().watchlists.get(id));
    if (!current) throw new WatchlistError('not-found', 'That watchlist no longer exists.');
    const next: Watchlist = { ...current, ...change(current), updatedAt: Date.now() };
    await db().watchlists.put({ ...next, nameKey: nameKeyOf(next.name) });
    await recordChange(db().outbox, id);
    return next;
  });
}

/** Every watchlist, sorted by name. */
export async function listWatchlists(): Promise<Watchlist[]> {
  const rows: unknown[] = await db().watchlists.toArray();
  return rows
    .map(parseRow)
    .filter((list): list is Watchlist => list !== null)
    .sort(byName);
}

/** One watchlist, or null when there is none with that id. */
export async function getWatchlist(id: string): Promise<Watchlist | null> {
  return parseRow(await db().watchlists.get(id));
}

/**
 * Creates a watchlist; the name must be unique regardless of case.
 * @example await createWatchlist('Breakouts', [{ symbol: 'SBIN', exchange: 'NSE' }])
 */
export function createWatchlist(
  name: string,
  symbols: Array<SymbolRef & { status?: SymbolStatus }> = [],
  source: string | null = null
): Promise<Watchlist> {
  const cleaned = cleanWatchlistName(name);
  const nameKey = nameKeyOf(cleaned);
  return db().transaction('rw', db().watchlists, db().outbox, async () => {
    await assertNameFree(nameKey);
    const now = Date.now();
    const list: Watchlist = {
      id: newId(),
      name: cleaned,
      symbols: mergeSymbols([], symbols),
      createdAt: now,
      updatedAt: now,
      source
    };
    await db().watchlists.add({ ...list, nameKey });
    await recordChange(db().outbox, list.id);
    return list;
  });
}

/** Renames a watchlist; the new name must not belong to another one. */
export function renameWatchlist(id: string, name: string): Promise<Watchlist> {
  const cleaned = cleanWatchlistName(name);
  return db().transaction('rw', db().watchlists, db().outbox, async () => {
    await assertNameFree(nameKeyOf(cleaned), id);
    return update(id, () => ({ name: cleaned }));
  });
}

export async function deleteWatchlist(id: string): Promise<void> {
  await db().transaction('rw', db().watchlists, db().outbox, async () => {
    await db().watchlists.delete(id);
    await recordChange(db().outbox, id);
  });
}

/** Adds symbols not already listed (case-insensitive); new ones are 'unchecked' unless a status is given. */
export function addSymbols(id: string, symbols: Array<SymbolRef & { status?: SymbolStatus }>): Promise<Watchlist> {
  return update(id, (list) => ({ symbols: mergeSymbols(list.symbols, symbols) }));
}

export function removeSymbols(id: string, symbols: SymbolRef[]): Promise<Watchlist> {
  return update(id, (list) => ({ symbols: withoutSymbols(list.symbols, symbols) }));
}

/** Records validation answers for symbols still in the list. */
export function setSymbolStatuses(
  id: string,
  statuses: Array<SymbolRef & { status: SymbolStatus }>
): Promise<Watchlist> {
  return update(id, (list) => ({ symbols: withStatuses(list.symbols, statuses) }));
}

/**
 * Calls `onChange` with every watchlist now and after each change, in this tab or another.
 * @example const stop = observeWatchlists((lists) => (this.lists = lists))
 */
export function observeWatchlists(onChange: (lists: Watchlist[]) => void, onError: (error: Error) => void): () => void {
  const subscription = liveQuery(listWatchlists).subscribe({ next: onChange, error: onError });
  return () => subscription.unsubscribe();
}

/** Calls `onChange` with one watchlist (null once deleted) now and after each change. */
export function observeWatchlist(
  id: string,
  onChange: (list: Watchlist | null) => void,
  onError: (error: Error) => void
): () => void {
  const subscription = liveQuery(() => getWatchlist(id)).subscribe({ next: onChange, error: onError });
  return () => subscription.unsubscribe();
}
