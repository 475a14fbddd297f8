import type { KeyValueStore } from './sync-context';
import type { ConflictNote } from './sync-notices';

const CONFLICTS_KEY = 'fluxscan-sync-conflicts';
const KEPT = 20;

/** The conflicts remembered so far; unreadable state reads as none. */
export function readConflicts(storage: KeyValueStore): ConflictNote[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(CONFLICTS_KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as ConflictNote[]) : [];
  } catch {
    return [];
  }
}

/** Adds a sync's conflicts to the remembered ones (newest first, the last 20) and returns them all. */
export function rememberConflicts(storage: KeyValueStore, conflicts: ConflictNote[]): ConflictNote[] {
  const all = [...[...conflicts].reverse(), ...readConflicts(storage)].slice(0, KEPT);
  storage.setItem(CONFLICTS_KEY, JSON.stringify(all));
  return all;
}

/** Forgets the remembered conflicts (the panel's "Clear"). */
export function clearConflicts(storage: KeyValueStore): ConflictNote[] {
  storage.removeItem(CONFLICTS_KEY);
  return [];
}
