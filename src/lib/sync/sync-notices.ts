import type { SyncConflict } from './wire';

/** A conflict the user should see, with the conflict copy to open when there is one. */
export interface ConflictNote {
  kind: string;
  type: 'scanner' | 'watchlist';
  id: string;
  text: string;
  copyId?: string;
  copyName?: string;
  at: number;
}

/** What the server did differently from what this device asked, in words. */
export function describeConflict(conflict: SyncConflict, at: number): ConflictNote {
  const { kind, type, id } = conflict;
  const extra = conflict as Record<string, unknown>;
  const note = { kind, type, id, at };
  if (kind === 'conflict-copy') {
    const copyName = String(extra.copyName);
    return {
      ...note,
      copyId: String(extra.copyId),
      copyName,
      text: `Both devices changed a scanner's code: the other version is saved as "${copyName}".`
    };
  }
  if (kind === 'name-clash')
    return { ...note, text: `"${String(extra.requested)}" was taken on the server: saved as "${String(extra.name)}".` };
  if (kind === 'rename-lost')
    return {
      ...note,
      text: `Another device renamed this ${type} to "${String(extra.name)}" first, so "${String(extra.requested)}" was not kept.`
    };
  if (kind === 'edit-lost') {
    const kept = String(extra.value) === '' ? 'cleared it' : `set it to "${String(extra.value)}"`;
    return {
      ...note,
      text: `Another device changed this scanner's ${String(extra.field)} first (${kept}), so "${String(extra.requested)}" was not kept.`
    };
  }
  if (kind === 'delete-ignored')
    return { ...note, text: `A ${type} deleted here was edited on another device, so it was kept.` };
  return { ...note, text: `A ${type} deleted on another device was edited here, so it is back.` };
}
