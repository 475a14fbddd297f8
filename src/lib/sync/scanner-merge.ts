import { codeOf } from '$engine/contract/scanner-code';
import type { SentValues } from './outbox';
import type { ScannerShadow } from './shadows';
import type { ScannerChange, SyncedScanner } from './wire';

type ScannerFields = Pick<ScannerShadow, 'name' | 'description' | 'category' | 'source'>;
const FIELDS = ['name', 'description', 'category', 'source'] as const;
type Field = (typeof FIELDS)[number];

/**
 * The fields this device has to push: changed since the shadow, or carried by a push the
 * server has not answered (sent again, so that push cannot have the last word).
 */
export function pendingFields(local: ScannerFields, shadow: ScannerShadow, sent: SentValues | undefined): Field[] {
  return FIELDS.filter(
    (field) =>
      local[field] !== shadow[field] || (sent?.fields?.[field] !== undefined && sent.fields[field] !== shadow[field])
  );
}

/**
 * The change to push for a scanner: the pending fields with their base values (whole for a
 * scanner the server has not seen; a deletion when `local` is null). Null: nothing to send.
 * @example scannerChange({ ...shadow, name: 'B' }, shadow, entry) // { fields: { name: 'B' }, base: { name: 'A' }, … }
 */
export function scannerChange(
  local: ScannerFields | null,
  shadow: ScannerShadow | undefined,
  entry: { id: string; changeId: string; sent?: SentValues }
): ScannerChange | null {
  const header = {
    type: 'scanner' as const,
    id: entry.id,
    changeId: entry.changeId,
    baseRev: shadow?.rev ?? null,
    deleted: local === null
  };
  // A deletion names the code it saw: the server keeps a scanner whose code changed since.
  if (!local) return { ...header, fields: {}, base: shadow ? { source: shadow.source } : {} };
  if (!shadow) return { ...header, fields: pick(local, FIELDS), base: {} };
  const changed = pendingFields(local, shadow, entry.sent);
  if (changed.length === 0) return null;
  return { ...header, fields: pick(local, changed), base: pick(shadow, changed) };
}

/**
 * The shadow of a scanner with unpushed edits when the server sends a newer version: the
 * server's values, except that a field edited here keeps the base it was edited on (else the
 * next push would look like an edit of the other device's value and overwrite it) unless
 * this device's own acknowledged value is what the server holds. While any base is kept,
 * so is the revision: a later deletion here must not count as having seen the newer version.
 */
export function nextScannerShadow(
  shadow: ScannerShadow,
  local: ScannerFields,
  sent: SentValues | undefined,
  server: SyncedScanner,
  acked: Partial<ScannerFields> | null
): ScannerShadow {
  const next: ScannerShadow = {
    id: server.id,
    rev: server.rev,
    name: server.name,
    description: server.description,
    category: server.category,
    source: server.source
  };
  let keptBase = false;
  for (const field of pendingFields(local, shadow, sent)) {
    if (acked?.[field] !== undefined && acked[field] === server[field]) continue;
    next[field] = shadow[field];
    keptBase = true;
  }
  return keptBase ? { ...next, rev: shadow.rev } : next;
}

/**
 * The base of a scanner created here when the server acknowledges its creation (sent whole)
 * after another save: the values that push carried, which that save was made on, at revision
 * 0, since this device has seen no server version of it. The server's version instead would
 * make the next push look like an edit of another device's later code and overwrite it.
 * Undefined unless `pushed` is such a creation.
 */
export function ownCreation(id: string, pushed: ScannerChange | undefined): ScannerShadow | undefined {
  const { name, description, category, source } = pushed?.fields ?? {};
  if (
    pushed?.baseRev !== null ||
    name === undefined ||
    description === undefined ||
    category === undefined ||
    source === undefined
  )
    return undefined;
  return { id, rev: 0, name, description, category, source };
}

/**
 * This device's unpushed edits replayed on the server's newer version: a field edited here
 * (code compared without the header lines saving rewrites) keeps this device's value, any
 * other field takes the server's.
 * @example rebaseScanner({ ...base, description: 'mine' }, base, undefined, { ...server, source: 'theirs' }) // description 'mine', source 'theirs'
 */
export function rebaseScanner(
  local: ScannerFields,
  shadow: ScannerShadow | undefined,
  sent: SentValues | undefined,
  server: SyncedScanner
): ScannerFields {
  if (!shadow) return local;
  const pending = new Set(pendingFields(local, shadow, sent));
  const editedHere = (field: Field) =>
    pending.has(field) &&
    (field !== 'source' || codeOf(local.source) !== codeOf(shadow.source) || sent?.fields?.source !== undefined);
  return Object.fromEntries(
    FIELDS.map((field) => [field, editedHere(field) ? local[field] : server[field]])
  ) as ScannerFields;
}

function pick<T extends object, K extends keyof T>(record: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, record[key]])) as Pick<T, K>;
}
