import { ChangeRefused, claimName, WRITTEN_IN_THIS_PUSH, type PlanBase, type SyncPlan } from './plan-context.js';
import { assertStorable } from './storable.js';
import type { SyncedWatchlist, WatchlistChange } from './sync-schemas.js';

type SymbolRef = { symbol: string; exchange: string };
const keyOf = (s: SymbolRef) => `${s.exchange}:${s.symbol}`;
/** A list's name and symbol set, whatever the symbols' order. */
const contentOf = (list: { name: string; symbols: SymbolRef[] }) =>
  JSON.stringify([list.name, list.symbols.map(keyOf).sort()]);

/**
 * The server's symbols with the change's removals and then its additions applied: edits
 * of different symbols on two devices both survive, and the server's order is kept.
 * @example applySymbolOps([A, B], { remove: [A], add: [C] }) // [B, C]
 */
export function applySymbolOps(
  symbols: SymbolRef[],
  { add, remove }: { add: SymbolRef[]; remove: SymbolRef[] }
): SymbolRef[] {
  const merged = new Map(symbols.map((s) => [keyOf(s), s]));
  for (const s of remove) merged.delete(keyOf(s));
  for (const s of add) if (!merged.has(keyOf(s))) merged.set(keyOf(s), { symbol: s.symbol, exchange: s.exchange });
  return [...merged.values()];
}

const deleteStatements = (id: string, now: number) => [
  { sql: 'UPDATE watchlists SET deleted = 1, updated_at = ? WHERE id = ?', args: [now, id] },
  {
    sql: 'UPDATE runs SET schedule_id = NULL WHERE schedule_id IN (SELECT id FROM schedules WHERE watchlist_id = ?)',
    args: [id]
  },
  { sql: 'DELETE FROM schedules WHERE watchlist_id = ?', args: [id] }
];

function nameFor(plan: SyncPlan, change: WatchlistChange, requested: string): string {
  const name = claimName(plan.snapshot.watchlists, requested, change.id);
  if (name !== requested)
    plan.conflicts.push({
      kind: 'name-clash',
      type: 'watchlist',
      id: change.id,
      changeId: change.changeId,
      requested,
      name
    });
  return name;
}

/**
 * Plans one watchlist change against the server's record: symbol additions and removals
 * apply to the server's current set (one symbol's add and remove: the later to reach the
 * server wins); a rename replaces the server's name unless another device renamed the list
 * since the change's base (then the server keeps its name and says so: 'rename-lost'); a
 * delete loses to an edit it had not seen (by revision and, when the change names it, by the name
 * and symbols it saw); an edit of a list deleted meanwhile brings it back.
 * A list the server does not hold is created when the change names it, refused otherwise; an
 * edit made on a revision newer than the list's is refused the same way.
 */
export function planWatchlistChange(plan: SyncPlan, change: WatchlistChange, base: PlanBase): void {
  const current = plan.snapshot.watchlists.get(change.id);
  if (!current) {
    if (change.deleted) return;
    if (change.name === undefined)
      throw new ChangeRefused('unknown-record', `watchlist ${change.id} is not on the server; send it whole`);
    const created: SyncedWatchlist = {
      type: 'watchlist',
      id: change.id,
      rev: WRITTEN_IN_THIS_PUSH,
      deleted: false,
      updatedAt: plan.now,
      name: nameFor(plan, change, change.name),
      symbols: applySymbolOps([], { add: change.add, remove: [] })
    };
    assertStorable(created);
    plan.snapshot.watchlists.set(change.id, created);
    plan.statements.push({
      sql: 'INSERT INTO watchlists (id, name, symbols, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
      args: [created.id, created.name, JSON.stringify(created.symbols), plan.now, plan.now]
    });
    return;
  }
  // Symbol operations are a difference from the base: on a list that lost the base's revision
  // (restored from an older backup) an add or remove undone and redone since the base would be
  // missing. The device sends its edit again against the list the server has now.
  if (!change.deleted && change.baseRev !== null && change.baseRev > current.rev) {
    throw new ChangeRefused(
      'unknown-record',
      `watchlist ${change.id} is at revision ${current.rev}, older than the ${change.baseRev} this change was made on (restored from a backup); send it again`
    );
  }
  if (change.deleted) {
    if (current.deleted) return;
    // Judged by revision and, when the device names it, by the list it saw: revisions alone
    // cannot tell after the database was restored from a backup and numbers were reused.
    const seenContent = change.base === undefined ? null : contentOf(change.base);
    if (
      base.baseRev === null ||
      current.rev > base.baseRev ||
      (seenContent !== null && contentOf(current) !== seenContent)
    ) {
      plan.conflicts.push({ kind: 'delete-ignored', type: 'watchlist', id: change.id, changeId: change.changeId });
      return;
    }
    plan.snapshot.watchlists.set(change.id, { ...current, deleted: true, rev: WRITTEN_IN_THIS_PUSH });
    plan.statements.push(...deleteStatements(change.id, plan.now));
    return;
  }

  const symbols = applySymbolOps(current.symbols, change);
  let name = current.name;
  if (change.name !== undefined) {
    const renamedElsewhere =
      !current.deleted &&
      base.base.name !== undefined &&
      current.name !== base.base.name &&
      current.name !== change.name;
    if (renamedElsewhere)
      plan.conflicts.push({
        kind: 'rename-lost',
        type: 'watchlist',
        id: change.id,
        changeId: change.changeId,
        requested: change.name,
        name: current.name
      });
    else name = change.name;
  }
  if (current.deleted)
    plan.conflicts.push({ kind: 'revived', type: 'watchlist', id: change.id, changeId: change.changeId });
  if (current.deleted || name !== current.name) name = nameFor(plan, change, name);
  const unchanged =
    !current.deleted && name === current.name && JSON.stringify(symbols) === JSON.stringify(current.symbols);
  if (unchanged) return;
  const next = { ...current, name, symbols, deleted: false, rev: WRITTEN_IN_THIS_PUSH };
  assertStorable(next);
  plan.snapshot.watchlists.set(change.id, next);
  plan.statements.push({
    sql: 'UPDATE watchlists SET name = ?, symbols = ?, deleted = 0, updated_at = ? WHERE id = ?',
    args: [name, JSON.stringify(symbols), plan.now, change.id]
  });
}
