import { writeHeaderMeta } from '$lib/scanners/header-meta';
import {
  freeName,
  nameKey,
  savedScannerSchema,
  type SavedScanner,
  type ScannerRow
} from '$lib/scanners/scanner-record';
import { recordChange, type OutboxEntry } from './outbox';
import { nextScannerShadow, ownCreation, rebaseScanner, scannerChange } from './scanner-merge';
import type { ScannerShadow } from './shadows';
import type { ScannerTables } from './sync-context';
import type { ScannerChange, SyncedScanner } from './wire';

const parse = (row: unknown): SavedScanner | null => {
  const parsed = savedScannerSchema.safeParse(row);
  return parsed.success ? parsed.data : null;
};

/** Within the server's limits (server/sync/sync-schemas.ts); anything else waits here, reported. */
function checkChange(change: ScannerChange): string | null {
  const { name, source } = change.fields;
  if (name !== undefined && name.trim().length > 120)
    return `scanner "${name.slice(0, 40)}…": the name is over 120 characters`;
  if (source !== undefined && !source.trim()) return `scanner "${name ?? change.id}" has no code`;
  return null;
}

/**
 * The scanner changes waiting in the outbox, each diffed against its shadow; entries with
 * nothing to send come back as `unchanged`, ones the server would refuse as `held`.
 */
export async function pendingScannerChanges(
  db: ScannerTables
): Promise<{ changes: ScannerChange[]; unchanged: OutboxEntry[]; held: string[] }> {
  return db.transaction('r', db.scanners, db.outbox, db.shadows, async () => {
    const result = { changes: [] as ScannerChange[], unchanged: [] as OutboxEntry[], held: [] as string[] };
    for (const entry of await db.outbox.toArray()) {
      const change = scannerChange(parse(await db.scanners.get(entry.id)), await db.shadows.get(entry.id), entry);
      const problem = change && checkChange(change);
      if (!change) result.unchanged.push(entry);
      else if (problem) result.held.push(problem);
      else result.changes.push(change);
    }
    return result;
  });
}

const shadowOf = ({ id, rev, name, description, category, source }: SyncedScanner): ScannerShadow => ({
  id,
  rev,
  name,
  description,
  category,
  source
});

/**
 * Writes the server's scanners into IndexedDB in one transaction. A scanner without unpushed
 * edits (or whose pushed change the server acknowledged in `acked`) becomes the server's
 * version. One with unpushed edits keeps them, replayed on the server's version, and keeps
 * the base they were made on (see nextScannerShadow); an unpushed deletion, or an edit of a
 * scanner the server deleted, keeps its whole base. One created here whose creation was not
 * acknowledged keeps no shadow: it goes whole again and the server judges it against the
 * device's own write (see ownCreation). A name held by a scanner the pull did not touch moves
 * that one aside as "Name (local)", to be pushed.
 */
export async function applyScanners(
  db: ScannerTables,
  records: SyncedScanner[],
  acked: ReadonlyMap<string, ScannerChange>
): Promise<void> {
  await db.transaction('rw', db.scanners, db.outbox, db.shadows, async () => {
    const next: ScannerRow[] = [];
    for (const record of records) {
      const entry = await db.outbox.get(record.id);
      const pushed = acked.get(record.id);
      const local = parse(await db.scanners.get(record.id));
      if (entry === undefined || pushed?.changeId === entry.changeId) {
        if (entry) await db.outbox.delete(record.id);
        await db.scanners.delete(record.id);
        if (record.deleted) await db.shadows.delete(record.id);
        else {
          await db.shadows.put(shadowOf(record));
          next.push(rowOf(record, record, local, false));
        }
        continue;
      }
      // An answered push is settled; what was saved after it is still to send.
      if (pushed) await db.outbox.put({ id: entry.id, changeId: entry.changeId, at: entry.at });
      if (!local || record.deleted) continue;
      // A scanner created here has no shadow until an answer confirms it; its edits were made on what it pushed.
      const shadow = (await db.shadows.get(record.id)) ?? ownCreation(record.id, pushed);
      if (shadow)
        await db.shadows.put(nextScannerShadow(shadow, local, entry.sent, record, pushed ? pushed.fields : null));
      await db.scanners.delete(record.id);
      next.push(rowOf(record, rebaseScanner(local, shadow, entry.sent, record), local, true));
    }
    // Every touched row was removed first, so names that moved between them cannot collide.
    for (const row of next) {
      const holder = await db.scanners.where('nameKey').equals(row.nameKey).first();
      if (holder) {
        const taken = new Set((await db.scanners.orderBy('nameKey').keys()).map(String));
        const name = freeName(holder.name, 'local', taken);
        await db.scanners.put({
          ...holder,
          name,
          nameKey: nameKey(name),
          source: writeHeaderMeta(holder.source, { ...holder, name })
        });
        await recordChange(db.outbox, holder.id);
      }
      await db.scanners.put(row);
    }
  });
}

type Fields = Pick<SavedScanner, 'name' | 'description' | 'category' | 'source'>;

function rowOf(record: SyncedScanner, fields: Fields, local: SavedScanner | null, dirty: boolean): ScannerRow {
  return {
    id: record.id,
    name: fields.name,
    description: fields.description,
    category: fields.category,
    source: writeHeaderMeta(fields.source, fields),
    createdAt: local?.createdAt ?? record.updatedAt,
    updatedAt: dirty && local ? local.updatedAt : record.updatedAt,
    lastRunAt: local?.lastRunAt ?? null,
    lastSignalCount: local?.lastSignalCount ?? null,
    nameKey: nameKey(fields.name)
  };
}

export async function pendingScannerCount(db: ScannerTables): Promise<number> {
  return db.outbox.count();
}
