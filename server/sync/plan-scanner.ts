import {
  ChangeRefused,
  claimName,
  conflictName,
  WRITTEN_IN_THIS_PUSH,
  type PlanBase,
  type SyncPlan
} from './plan-context.js';
import { codeOf } from '../../src-worker/contract/scanner-code.js';
import { assertStorable } from './storable.js';
import type { ScannerChange, ScannerFields, SyncedScanner } from './sync-schemas.js';

const deleteStatements = (id: string, now: number) => [
  { sql: 'UPDATE scanners SET deleted = 1, updated_at = ? WHERE id = ?', args: [now, id] },
  // As the REST API's delete: the scanner's schedules go with it.
  {
    sql: 'UPDATE runs SET schedule_id = NULL WHERE schedule_id IN (SELECT id FROM schedules WHERE scanner_id = ?)',
    args: [id]
  },
  { sql: 'DELETE FROM schedules WHERE scanner_id = ?', args: [id] }
];

/** The fields besides name and code; a concurrent edit of one is judged as a rename is. */
const LABEL_FIELDS = ['description', 'category'] as const;

/** Claims a free name for the scanner, reporting a clash. */
function nameFor(plan: SyncPlan, change: ScannerChange, requested: string): string {
  const name = claimName(plan.snapshot.scanners, requested, change.id);
  if (name !== requested)
    plan.conflicts.push({
      kind: 'name-clash',
      type: 'scanner',
      id: change.id,
      changeId: change.changeId,
      requested,
      name
    });
  return name;
}

function insert(plan: SyncPlan, scanner: SyncedScanner) {
  assertStorable(scanner);
  plan.snapshot.scanners.set(scanner.id, scanner);
  plan.statements.push({
    sql: 'INSERT INTO scanners (id, name, description, category, source, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    args: [scanner.id, scanner.name, scanner.description, scanner.category, scanner.source, plan.now, plan.now]
  });
}

/** A scanner the server does not hold: created when the change carries it whole, refused otherwise. */
function create(plan: SyncPlan, change: ScannerChange): void {
  if (change.fields.name === undefined || change.fields.source === undefined) {
    throw new ChangeRefused('unknown-record', `scanner ${change.id} is not on the server; send it whole`);
  }
  const fields = { description: '', category: '', ...change.fields } as ScannerFields;
  insert(plan, {
    type: 'scanner',
    id: change.id,
    rev: WRITTEN_IN_THIS_PUSH,
    deleted: false,
    updatedAt: plan.now,
    ...fields,
    name: nameFor(plan, change, fields.name)
  });
}

/**
 * The code the record keeps and the code that goes to a conflict copy, judged by the code
 * without its header lines against the base the device edited: a server that changed its
 * code since that base keeps it, and a different device code goes to a copy.
 */
function mergeCode(
  current: SyncedScanner,
  source: string,
  base: PlanBase
): { source: string; conflict: string | null } {
  if (current.deleted) return { source, conflict: null }; // The edit brings the scanner back as the device has it.
  const baseCode = base.base.source === undefined ? null : codeOf(base.base.source);
  const serverChanged =
    baseCode === null ? codeOf(current.source) !== codeOf(source) : codeOf(current.source) !== baseCode;
  if (!serverChanged) return { source, conflict: null };
  const deviceChanged = baseCode === null || codeOf(source) !== baseCode;
  // Only the header lines changed on the device (a rename), or both made the same edit: keep the server's code.
  return {
    source: current.source,
    conflict: deviceChanged && codeOf(source) !== codeOf(current.source) ? source : null
  };
}

/**
 * Plans one scanner change against the server's record.
 * - description, category: the change's values replace the server's, unless another device
 *   changed that field since the change's base; then the server keeps its value and tells the
 *   device ('edit-lost'), as for a rename. Fields the change left alone keep the server's values.
 * - name: a rename replaces the server's name unless another device renamed it since the
 *   change's base; then the server keeps its name and tells the device ('rename-lost').
 * - code: if the server's code also changed since the change's base (and differs from the
 *   change's), the server keeps its code and the change's goes to a new "conflict copy".
 * - delete: applied only if nobody edited the scanner after the device's base (its revision,
 *   and its code when the change names it); otherwise the edit wins. An edit of a scanner deleted meanwhile brings it back.
 */
export function planScannerChange(plan: SyncPlan, change: ScannerChange, base: PlanBase): void {
  const current = plan.snapshot.scanners.get(change.id);
  if (!current) {
    if (!change.deleted) create(plan, change); // A deletion of an unknown scanner: nothing to delete.
    return;
  }
  if (change.deleted) {
    if (current.deleted) return;
    // Judged by revision and, when the device names it, by the code it saw: revisions alone
    // cannot tell after the database was restored from a backup and numbers were reused.
    const seenCode = base.base.source === undefined ? null : codeOf(base.base.source);
    // No base at all: the device never had the server's version, so it cannot have seen it.
    if (
      base.baseRev === null ||
      current.rev > base.baseRev ||
      (seenCode !== null && codeOf(current.source) !== seenCode)
    ) {
      plan.conflicts.push({ kind: 'delete-ignored', type: 'scanner', id: change.id, changeId: change.changeId });
      return;
    }
    plan.snapshot.scanners.set(change.id, { ...current, deleted: true, rev: WRITTEN_IN_THIS_PUSH });
    plan.statements.push(...deleteStatements(change.id, plan.now));
    return;
  }

  const { source, name, ...otherFields } = change.fields;
  const merged: SyncedScanner = { ...current, ...otherFields, deleted: false };
  for (const field of LABEL_FIELDS) {
    const value = otherFields[field];
    const editedElsewhere =
      value !== undefined &&
      !current.deleted &&
      base.base[field] !== undefined &&
      current[field] !== base.base[field] &&
      current[field] !== value;
    if (!editedElsewhere) continue;
    merged[field] = current[field];
    plan.conflicts.push({
      kind: 'edit-lost',
      type: 'scanner',
      id: change.id,
      changeId: change.changeId,
      field,
      requested: value,
      value: current[field]
    });
  }
  const code = source === undefined ? { source: current.source, conflict: null } : mergeCode(current, source, base);
  merged.source = code.source;
  if (name !== undefined) {
    const renamedElsewhere =
      !current.deleted && base.base.name !== undefined && current.name !== base.base.name && current.name !== name;
    if (renamedElsewhere)
      plan.conflicts.push({
        kind: 'rename-lost',
        type: 'scanner',
        id: change.id,
        changeId: change.changeId,
        requested: name,
        name: current.name
      });
    else merged.name = name;
  }
  if (current.deleted)
    plan.conflicts.push({ kind: 'revived', type: 'scanner', id: change.id, changeId: change.changeId });
  if (current.deleted || merged.name !== current.name) merged.name = nameFor(plan, change, merged.name);

  const unchanged =
    !current.deleted &&
    (['name', 'description', 'category', 'source'] as const).every((field) => merged[field] === current[field]);
  if (!unchanged) {
    assertStorable(merged);
    plan.snapshot.scanners.set(change.id, { ...merged, rev: WRITTEN_IN_THIS_PUSH });
    plan.statements.push({
      sql: 'UPDATE scanners SET name = ?, description = ?, category = ?, source = ?, deleted = 0, updated_at = ? WHERE id = ?',
      args: [merged.name, merged.description, merged.category, merged.source, plan.now, change.id]
    });
  }
  if (code.conflict !== null) {
    const copyId = plan.newId();
    const copyName = claimName(plan.snapshot.scanners, conflictName(merged.name, plan.deviceLabel, plan.now), copyId);
    insert(plan, { ...merged, id: copyId, name: copyName, source: code.conflict, rev: WRITTEN_IN_THIS_PUSH });
    plan.conflicts.push({
      kind: 'conflict-copy',
      type: 'scanner',
      id: change.id,
      changeId: change.changeId,
      copyId,
      copyName
    });
  }
}
