import type { SentValues } from './outbox';
import type { WatchlistShadow } from './shadows';
import { isSyncableSymbol, type WatchlistChange } from './wire';

type SymbolRef = { symbol: string; exchange: string };
const keyOf = (s: SymbolRef) => `${s.exchange}:${s.symbol}`;
const bare = ({ symbol, exchange }: SymbolRef) => ({ symbol, exchange });

/** The symbols added and removed going from `from` to `to` (only ones the server accepts). */
export function symbolOps(from: SymbolRef[], to: SymbolRef[]): { add: SymbolRef[]; remove: SymbolRef[] } {
  const before = new Set(from.map(keyOf));
  const after = new Set(to.map(keyOf));
  return {
    add: to.filter((s) => !before.has(keyOf(s)) && isSyncableSymbol(s)).map(bare),
    remove: from.filter((s) => !after.has(keyOf(s))).map(bare)
  };
}

/**
 * The symbol operations to push: the difference from the shadow, plus every symbol an
 * unanswered push touched, stated again as it is now (so that push cannot have the last word).
 */
export function pendingSymbolOps(
  local: SymbolRef[],
  shadow: SymbolRef[],
  sent: SentValues | undefined
): { add: SymbolRef[]; remove: SymbolRef[] } {
  const ops = symbolOps(shadow, local);
  const here = new Set(local.map(keyOf));
  const listed = new Set([...ops.add, ...ops.remove].map(keyOf));
  for (const s of sent?.symbols ?? []) {
    if (listed.has(keyOf(s)) || !isSyncableSymbol(s)) continue;
    (here.has(keyOf(s)) ? ops.add : ops.remove).push(bare(s));
  }
  return ops;
}

/** True when the name differs from the shadow's or an unanswered push carried a rename. */
export const nameIsPending = (name: string, shadow: WatchlistShadow, sent: SentValues | undefined) =>
  name !== shadow.name || (sent?.fields?.name !== undefined && sent.fields.name !== shadow.name);

/**
 * The change to push for a watchlist: its rename and its symbol additions and removals since
 * the shadow (everything for a list the server has not seen; a deletion when `local` is null).
 * Null: nothing to send (a status-only change is local).
 */
export function watchlistChange(
  local: { name: string; symbols: SymbolRef[] } | null,
  shadow: WatchlistShadow | undefined,
  entry: { id: string; changeId: string; sent?: SentValues }
): WatchlistChange | null {
  const header = {
    type: 'watchlist' as const,
    id: entry.id,
    changeId: entry.changeId,
    baseRev: shadow?.rev ?? null,
    deleted: local === null
  };
  // A deletion names the list it saw: the server keeps a list whose name or symbols changed since.
  if (!local)
    return {
      ...header,
      add: [],
      remove: [],
      ...(shadow ? { base: { name: shadow.name, symbols: shadow.symbols.map(bare) } } : {})
    };
  // Whole for a list the server has not confirmed; an unanswered push may have created it already, so its symbols are stated again.
  if (!shadow) return { ...header, name: local.name, ...pendingSymbolOps(local.symbols, [], entry.sent) };
  const ops = pendingSymbolOps(local.symbols, shadow.symbols, entry.sent);
  const renamed = nameIsPending(local.name, shadow, entry.sent);
  if (!renamed && ops.add.length === 0 && ops.remove.length === 0) return null;
  return { ...header, ...(renamed ? { name: local.name, baseName: shadow.name } : {}), ...ops };
}

/**
 * The server's symbols with this device's pending operations replayed on top (as the server
 * will merge them), keeping `T`'s extra fields (a status) where it can.
 * @example rebaseSymbols([A, B], [A], undefined, [A, C]) // [A, C, B]: B added here, C from the server
 */
export function rebaseSymbols<T extends SymbolRef>(
  local: T[],
  shadow: SymbolRef[],
  sent: SentValues | undefined,
  server: SymbolRef[],
  make: (s: SymbolRef) => T
): T[] {
  const mine = new Map(local.map((s) => [keyOf(s), s]));
  const { add, remove } = pendingSymbolOps(local, shadow, sent);
  const merged = new Map(server.map((s) => [keyOf(s), mine.get(keyOf(s)) ?? make(s)]));
  for (const s of remove) merged.delete(keyOf(s));
  for (const s of add) merged.set(keyOf(s), mine.get(keyOf(s)) ?? make(s));
  return [...merged.values()];
}
