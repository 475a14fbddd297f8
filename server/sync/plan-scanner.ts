import { claimName, conflictName, WRITTEN_IN_THIS_PUSH, type SyncPlan } from './plan-context.js';
import { codeOf } from '../../src-worker/contract/scanner-code.js';
import type { ScannerChange, ScannerFields, SyncedScanner } from './sync-schemas.js';

const deleteStatements = (id: string, now: number) => [
  { sql: 'UPDATE scanners SET deleted = 1, updated_at = ? WHERE id = ?', args: [now, id] },
  // As the REST API's delete: the scanner's schedules go with it.
  { sql: 'UPDATE runs SET schedule_id = NULL WHERE schedule_id IN (SELECT id FROM schedules WHERE scanner_id = ?)', args: [id] },
  { sql: 'DELETE FROM schedules WHERE scanner_id = ?', args: [id] }
];

/** Claims a free name for the scanner, reporting a clash. */
function nameFor(plan: SyncPlan, change: ScannerChange, requested: string): string {
  const name = claimName(plan.snapshot.scanners, requested, change.id);
  if (name !== requested) plan.conflicts.push({ kind: 'name-clash', type: 'scanner', id: change.id, changeId: change.changeId, requested, name });
  return name;
}

function insert(plan: SyncPlan, scanner: SyncedScanner) {
  plan.snapshot.scanners.set(scanner.id, scanner);
  plan.statements.push({
    sql: 'INSERT INTO scanners (id, name, description, category, source, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    args: [scanner.id, scanner.name, scanner.description, scanner.category, scanner.source, plan.now, plan.now]
  });
}

/**
 * Plans one scanner change against the server's record.
 * - name, description, category: the change's values replace the server's (the last change
 *   to reach the server wins); fields the change left alone keep the server's values.
 * - code: if the server's code also changed since the change's base (and differs from the
 *   change's), the server keeps its code and the change's goes to a new "conflict copy".
 * - delete: applied only if nobody edited the scanner after the device's base; otherwise the
 *   edit wins. An edit of a scanner deleted meanwhile brings it back.
 */
export function planScannerChange(plan: SyncPlan, change: ScannerChange): void {
  const current = plan.snapshot.scanners.get(change.id);
  const editedSinceBase = current !== undefined && change.baseRev !== null && current.rev > change.baseRev;
  if (!current) {
    if (change.deleted) return; // Created and deleted before it ever reached the server.
    const fields = { description: '', category: '', ...change.fields } as ScannerFields;
    insert(plan, { type: 'scanner', id: change.id, rev: WRITTEN_IN_THIS_PUSH, deleted: false, updatedAt: plan.now, ...fields, name: nameFor(plan, change, fields.name) });
    return;
  }
  if (change.deleted) {
    if (current.deleted) return;
    if (editedSinceBase) {
      plan.conflicts.push({ kind: 'delete-ignored', type: 'scanner', id: change.id, changeId: change.changeId });
      return;
    }
    plan.snapshot.scanners.set(change.id, { ...current, deleted: true, rev: WRITTEN_IN_THIS_PUSH });
    plan.statements.push(...deleteStatements(change.id, plan.now));
    return;
  }

  const { source, ...otherFields } = change.fields;
  const merged: SyncedScanner = { ...current, ...otherFields, deleted: false };
  let conflictSource: string | null = null;
  if (source !== undefined) {
    const baseCode = change.base.source === undefined ? null : codeOf(change.base.source);
    const serverCodeChanged = editedSinceBase && baseCode !== null && codeOf(current.source) !== baseCode;
    const deviceCodeChanged = baseCode === null || codeOf(source) !== baseCode;
    if (!serverCodeChanged) merged.source = source;
    // Only the header lines changed on the device (a rename), or both made the same edit: keep the server's code.
    else if (deviceCodeChanged && codeOf(source) !== codeOf(current.source)) conflictSource = source;
  }
  if (current.deleted) plan.conflicts.push({ kind: 'revived', type: 'scanner', id: change.id, changeId: change.changeId });
  if (current.deleted || merged.name !== current.name) merged.name = nameFor(plan, change, merged.name);

  const unchanged = !current.deleted && (['name', 'description', 'category', 'source'] as const).every((field) => merged[field] === current[field]);
  if (!unchanged) {
    plan.snapshot.scanners.set(change.id, { ...merged, rev: WRITTEN_IN_THIS_PUSH });
    plan.statements.push({
      sql: 'UPDATE scanners SET name = ?, description = ?, category = ?, source = ?, deleted = 0, updated_at = ? WHERE id = ?',
      args: [merged.name, merged.description, merged.category, merged.source, plan.now, change.id]
    });
  }
  if (conflictSource !== null) {
    const copyId = plan.newId();
    const copyName = claimName(plan.snapshot.scanners, conflictName(merged.name, plan.deviceLabel, plan.now), copyId);
    insert(plan, { ...merged, id: copyId, name: copyName, source: conflictSource, rev: WRITTEN_IN_THIS_PUSH });
    plan.conflicts.push({ kind: 'conflict-copy', type: 'scanner', id: change.id, changeId: change.changeId, copyId, copyName });
  }
}
