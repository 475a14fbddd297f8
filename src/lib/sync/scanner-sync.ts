import { writeHeaderMeta } from '$lib/scanners/header-meta';
import { scannerDatabase } from '$lib/scanners/scanner-db';
import { freeName, nameKey, savedScannerSchema, type SavedScanner, type ScannerRow } from '$lib/scanners/scanner-record';
import { recordChange, type OutboxEntry } from './outbox';
import { rebaseScanner, scannerChange } from './scanner-merge';
import type { ScannerShadow } from './shadows';
import type { ScannerChange, SyncedScanner } from './wire';

const parse = (row: unknown): SavedScanner | null => {
  const parsed = savedScannerSchema.safeParse(row);
  return parsed.success ? parsed.data : null;
};

/** Within the server's limits (server/sync/sync-schemas.ts); anything else waits here, reported. */
function checkChange(change: ScannerChange): string | null {
  const { name, source } = change.fields;
  if (name !== undefined && name.trim().length > 120) return `scanner "${name.slice(0, 40)}…": the name is over 120 characters`;
  if (source !== undefined && !source.trim()) return `scanner "${name ?? change.id}" has no code`;
  return null;
}

/**
 * The scanner changes waiting in the outbox, each diffed against its shadow; entries with
 * nothing to send come back as `unchanged`, ones the server would refuse as `held`.
 */
export async function pendingScannerChanges(): Promise<{ changes: ScannerChange[]; unchanged: OutboxEntry[]; held: string[] }> {
  const db = scannerDatabase();
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

const shadowOf = ({ id, rev, name, description, category, source }: SyncedScanner): ScannerShadow => ({ id, rev, name, description, category, source });

/**
 * Writes the server's scanners into IndexedDB in one transaction: shadows become the server's
 * versions; a scanner with unpushed edits keeps them, replayed on the server's version (a
 * pushed change the server acknowledged in `sent` is done); a name held by a scanner the pull
 * did not touch moves that one aside as "Name (local)", to be pushed.
 */
export async function applyScanners(records: SyncedScanner[], sent: ReadonlyMap<string, string>, settled: OutboxEntry[]): Promise<void> {
  const db = scannerDatabase();
  await db.transaction('rw', db.scanners, db.outbox, db.shadows, async () => {
    for (const entry of settled) if ((await db.outbox.get(entry.id))?.changeId === entry.changeId) await db.outbox.delete(entry.id);
    const next: ScannerRow[] = [];
    for (const record of records) {
      const entry = await db.outbox.get(record.id);
      const acknowledged = entry !== undefined && sent.get(record.id) === entry.changeId;
      if (acknowledged) await db.outbox.delete(record.id);
      const dirty = entry !== undefined && !acknowledged;
      const local = parse(await db.scanners.get(record.id));
      const shadow = await db.shadows.get(record.id);
      if (record.deleted) await db.shadows.delete(record.id);
      else await db.shadows.put(shadowOf(record));
      // Unpushed here: a local deletion stays (the next push sends it), a local edit stays
      // even when the server deleted the scanner (the edit brings it back).
      if (dirty && (!local || record.deleted)) continue;
      await db.scanners.delete(record.id);
      if (record.deleted) continue;
      const fields = dirty && local ? rebaseScanner(local, shadow, record) : record;
      next.push({
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
      });
    }
    // Every touched row was removed first, so names that moved between them cannot collide.
    for (const row of next) {
      const holder = await db.scanners.where('nameKey').equals(row.nameKey).first();
      if (holder) {
        const taken = new Set((await db.scanners.orderBy('nameKey').keys()).map(String));
        const name = freeName(holder.name, 'local', taken);
        await db.scanners.put({ ...holder, name, nameKey: nameKey(name), source: writeHeaderMeta(holder.source, { ...holder, name }) });
        await recordChange(db.outbox, holder.id);
      }
      await db.scanners.put(row);
    }
  });
}

export async function pendingScannerCount(): Promise<number> {
  return scannerDatabase().outbox.count();
}
