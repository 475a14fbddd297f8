import { codeOf } from '$engine/contract/scanner-code';
import type { ScannerShadow } from './shadows';
import type { ScannerChange, SyncedScanner } from './wire';

type ScannerFields = Pick<ScannerShadow, 'name' | 'description' | 'category' | 'source'>;
const FIELDS = ['name', 'description', 'category', 'source'] as const;

/**
 * The change to push for a scanner: the fields that differ from its shadow (whole for a
 * scanner the server has not seen; a deletion when `local` is null). Null: nothing to send.
 * @example scannerChange({ ...shadow, name: 'B' }, shadow, entry) // { fields: { name: 'B' }, base: { name: 'A' }, … }
 */
export function scannerChange(local: ScannerFields | null, shadow: ScannerShadow | undefined, entry: { id: string; changeId: string }): ScannerChange | null {
  const header = { type: 'scanner' as const, id: entry.id, changeId: entry.changeId, baseRev: shadow?.rev ?? null, deleted: local === null };
  if (!local) return { ...header, fields: {}, base: {} };
  if (!shadow) return { ...header, fields: pick(local, FIELDS), base: {} };
  const changed = FIELDS.filter((field) => local[field] !== shadow[field]);
  if (changed.length === 0) return null;
  return { ...header, fields: pick(local, changed), base: pick(shadow, changed) };
}

/**
 * This device's unpushed edits replayed on the server's newer version: a field edited here
 * (code compared without the header lines saving rewrites) keeps this device's value, any
 * other field takes the server's.
 * @example rebaseScanner({ ...base, description: 'mine' }, base, { ...server, source: 'theirs' }) // description 'mine', source 'theirs'
 */
export function rebaseScanner(local: ScannerFields, shadow: ScannerShadow | undefined, server: SyncedScanner): ScannerFields {
  if (!shadow) return local;
  const editedHere = (field: (typeof FIELDS)[number]) => (field === 'source' ? codeOf(local.source) !== codeOf(shadow.source) : local[field] !== shadow[field]);
  return Object.fromEntries(FIELDS.map((field) => [field, editedHere(field) ? local[field] : server[field]])) as ScannerFields;
}

function pick<T extends object, K extends keyof T>(record: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, record[key]])) as Pick<T, K>;
}
