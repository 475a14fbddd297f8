import { claimName, WRITTEN_IN_THIS_PUSH, type SyncPlan } from './plan-context.js';
import type { SyncedWatchlist, WatchlistChange } from './sync-schemas.js';

type SymbolRef = { symbol: string; exchange: string };
const keyOf = (s: SymbolRef) => `${s.exchange}:${s.symbol}`;

/**
 * The server's symbols with the change's removals and then its additions applied: edits
 * of different symbols on two devices both survive, and the server's order is kept.
 * @example applySymbolOps([A, B], { remove: [A], add: [C] }) // [B, C]
 */
export function applySymbolOps(symbols: SymbolRef[], { add, remove }: { add: SymbolRef[]; remove: SymbolRef[] }): SymbolRef[] {
  const merged = new Map(symbols.map((s) => [keyOf(s), s]));
  for (const s of remove) merged.delete(keyOf(s));
  for (const s of add) if (!merged.has(keyOf(s))) merged.set(keyOf(s), { symbol: s.symbol, exchange: s.exchange });
  return [...merged.values()];
}

const deleteStatements = (id: string, now: number) => [
  { sql: 'UPDATE watchlists SET deleted = 1, updated_at = ? WHERE id = ?', args: [now, id] },
  { sql: 'UPDATE runs SET schedule_id = NULL WHERE schedule_id IN (SELECT id FROM schedules WHERE watchlist_id = ?)', args: [id] },
  { sql: 'DELETE FROM schedules WHERE watchlist_id = ?', args: [id] }
];

function nameFor(plan: SyncPlan, change: WatchlistChange, requested: string): string {
  const name = claimName(plan.snapshot.watchlists, requested, change.id);
  if (name !== requested) plan.conflicts.push({ kind: 'name-clash', type: 'watchlist', id: change.id, changeId: change.changeId, requested, name });
  return name;
}

/**
 * Plans one watchlist change against the server's record: symbol additions and removals
 * apply to the server's current set (one symbol's add and remove: the later to reach the
 * server wins); a rename replaces the server's name (last to reach the server wins); a delete
 * loses to an edit it had not seen; an edit of a list deleted meanwhile brings it back.
 */
export function planWatchlistChange(plan: SyncPlan, change: WatchlistChange): void {
  const current = plan.snapshot.watchlists.get(change.id);
  if (!current) {
    if (change.deleted) return;
    const created: SyncedWatchlist = {
      type: 'watchlist',
      id: change.id,
      rev: WRITTEN_IN_THIS_PUSH,
      deleted: false,
      updatedAt: plan.now,
      name: nameFor(plan, change, change.name ?? ''),
      symbols: applySymbolOps([], { add: change.add, remove: [] })
    };
    plan.snapshot.watchlists.set(change.id, created);
    plan.statements.push({
      sql: 'INSERT INTO watchlists (id, name, symbols, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
      args: [created.id, created.name, JSON.stringify(created.symbols), plan.now, plan.now]
    });
    return;
  }
  if (change.deleted) {
    if (current.deleted) return;
    if (change.baseRev !== null && current.rev > change.baseRev) {
      plan.conflicts.push({ kind: 'delete-ignored', type: 'watchlist', id: change.id, changeId: change.changeId });
      return;
    }
    plan.snapshot.watchlists.set(change.id, { ...current, deleted: true, rev: WRITTEN_IN_THIS_PUSH });
    plan.statements.push(...deleteStatements(change.id, plan.now));
    return;
  }

  const symbols = applySymbolOps(current.symbols, change);
  let name = change.name ?? current.name;
  if (current.deleted) plan.conflicts.push({ kind: 'revived', type: 'watchlist', id: change.id, changeId: change.changeId });
  if (current.deleted || name !== current.name) name = nameFor(plan, change, name);
  const unchanged = !current.deleted && name === current.name && JSON.stringify(symbols) === JSON.stringify(current.symbols);
  if (unchanged) return;
  plan.snapshot.watchlists.set(change.id, { ...current, name, symbols, deleted: false, rev: WRITTEN_IN_THIS_PUSH });
  plan.statements.push({
    sql: 'UPDATE watchlists SET name = ?, symbols = ?, deleted = 0, updated_at = ? WHERE id = ?',
    args: [name, JSON.stringify(symbols), plan.now, change.id]
  });
}
