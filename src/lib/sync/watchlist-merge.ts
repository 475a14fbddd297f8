import type { WatchlistShadow } from './shadows';
import { isSyncableSymbol, type WatchlistChange } from './wire';

type SymbolRef = { symbol: string; exchange: string };
const keyOf = (s: SymbolRef) => `${s.exchange}:${s.symbol}`;

/** The symbols added and removed going from `from` to `to` (only ones the server accepts). */
export function symbolOps(from: SymbolRef[], to: SymbolRef[]): { add: SymbolRef[]; remove: SymbolRef[] } {
  const before = new Set(from.map(keyOf));
  const after = new Set(to.map(keyOf));
  const bare = ({ symbol, exchange }: SymbolRef) => ({ symbol, exchange });
  return {
    add: to.filter((s) => !before.has(keyOf(s)) && isSyncableSymbol(s)).map(bare),
    remove: from.filter((s) => !after.has(keyOf(s))).map(bare)
  };
}

/**
 * The change to push for a watchlist: its rename and its symbol additions and removals since
 * the shadow (everything for a list the server has not seen; a deletion when `local` is null).
 * Null: nothing to send (a status-only change is local).
 */
export function watchlistChange(local: { name: string; symbols: SymbolRef[] } | null, shadow: WatchlistShadow | undefined, entry: { id: string; changeId: string }): WatchlistChange | null {
  const header = { type: 'watchlist' as const, id: entry.id, changeId: entry.changeId, baseRev: shadow?.rev ?? null, deleted: local === null };
  if (!local) return { ...header, add: [], remove: [] };
  const ops = symbolOps(shadow?.symbols ?? [], local.symbols);
  const renamed = !shadow || local.name !== shadow.name;
  if (!renamed && ops.add.length === 0 && ops.remove.length === 0) return null;
  return { ...header, ...(renamed ? { name: local.name } : {}), ...ops };
}

/**
 * The server's symbols with this device's unpushed additions and removals replayed on top
 * (as the server will merge them), keeping `T`'s extra fields (a status) where it can.
 * @example rebaseSymbols([A, B], [A], [A, C]) // [A, C, B]: B added here, C from the server
 */
export function rebaseSymbols<T extends SymbolRef>(local: T[], shadow: SymbolRef[], server: SymbolRef[], make: (s: SymbolRef) => T): T[] {
  const mine = new Map(local.map((s) => [keyOf(s), s]));
  const { add, remove } = symbolOps(shadow, local);
  const merged = new Map(server.map((s) => [keyOf(s), mine.get(keyOf(s)) ?? make(s)]));
  for (const s of remove) merged.delete(keyOf(s));
  for (const s of add) merged.set(keyOf(s), mine.get(keyOf(s)) ?? make(s));
  return [...merged.values()];
}
