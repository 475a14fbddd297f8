/**
 * The browser's saved scanners (IndexedDB database `fluxscan-scanners`).
 * Names are unique regardless of case; the source header's `@name`, `@category` and
 * `@description` always match the saved fields (the header is the file format).
 * Expected failures (a taken name, an invalid field, a bad import) come back as
 * `{ error }`; a missing id in `cloneScanner` throws.
 */
import { Dexie } from 'dexie';
import { recordChange } from '$lib/sync/outbox';
import { writeHeaderMeta } from './header-meta';
import { scannerDatabase } from './scanner-db';
import { readScannerFile } from './scanner-file';
import {
  freeName,
  nameKey,
  savedScannerSchema,
  scannerInputSchema,
  type SavedScanner,
  type ScannerInput,
  type ScannerRow
} from './scanner-record';

export type { SavedScanner, ScannerInput } from './scanner-record';
export { exportScannerFile, scannerFileName } from './scanner-file';

const parseRow = (row: unknown): SavedScanner | null => {
  const parsed = savedScannerSchema.safeParse(row);
  return parsed.success ? parsed.data : null;
};
const toRow = (scanner: SavedScanner): ScannerRow => ({ ...scanner, nameKey: nameKey(scanner.name) });
const takenMessage = (name: string) => `a scanner named "${name}" exists`;

/** Every saved scanner, most recently updated first; rows that fail to parse are left out. */
export async function listScanners(): Promise<SavedScanner[]> {
  const rows: unknown[] = await scannerDatabase().scanners.orderBy('updatedAt').reverse().toArray();
  return rows.map(parseRow).filter((s): s is SavedScanner => s !== null);
}

/** One scanner, or null when it does not exist (or its row is corrupt). */
export async function getScanner(id: string): Promise<SavedScanner | null> {
  return parseRow(await scannerDatabase().scanners.get(id));
}

/**
 * Creates (no `id`, or an unknown one) or updates a scanner; its header is rewritten to match.
 * @example const saved = await saveScanner({ name: 'Breakout', category: 'Price', description: '', source })
 *          if ('error' in saved) show(saved.error) // 'a scanner named "Breakout" exists'
 */
export async function saveScanner(input: ScannerInput): Promise<{ data: SavedScanner } | { error: string }> {
  const parsed = scannerInputSchema.safeParse(input);
  if (!parsed.success) return { error: parsed.error.issues[0].message };
  const { id = crypto.randomUUID(), name, category, description, source } = parsed.data;
  const { scanners: table, outbox } = scannerDatabase();
  try {
    return await scannerDatabase().transaction('rw', table, outbox, async () => {
      const clash = await table.where('nameKey').equals(nameKey(name)).first();
      if (clash && clash.id !== id) return { error: takenMessage(clash.name) };
      const existing = parseRow(await table.get(id));
      const now = Date.now();
      const scanner: SavedScanner = {
        id,
        name,
        category,
        description,
        source: writeHeaderMeta(source, { name, category, description }),
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
        lastRunAt: existing?.lastRunAt ?? null,
        lastSignalCount: existing?.lastSignalCount ?? null
      };
      await table.put(toRow(scanner));
      await recordChange(outbox, id);
      return { data: scanner };
    });
  } catch (error) {
    // Another tab may take the name between the check and the write: the unique index refuses it.
    if (error instanceof Dexie.ConstraintError) return { error: takenMessage(name) };
    throw error;
  }
}

export async function deleteScanner(id: string): Promise<void> {
  const { scanners, outbox } = scannerDatabase();
  await scannerDatabase().transaction('rw', scanners, outbox, async () => {
    await scanners.delete(id);
    await recordChange(outbox, id);
  });
}

/**
 * A copy under the first free "Name (copy)", "Name (copy 2)", … ; it has no run history.
 * @example (await cloneScanner(id)).name // 'EMA trend (copy)'
 */
export async function cloneScanner(id: string): Promise<SavedScanner> {
  const original = await getScanner(id);
  if (!original) throw new Error(`scanner ${id} does not exist`);
  const saved = await saveScanner({
    ...original,
    id: undefined,
    name: freeName(original.name, 'copy', await takenNames())
  });
  if ('error' in saved) throw new Error(saved.error);
  return saved.data;
}

/** Remembers when a scanner last ran and how many signals that run found. */
export async function recordScannerRun(id: string, signalCount: number, at: number): Promise<void> {
  await scannerDatabase().scanners.update(id, { lastRunAt: at, lastSignalCount: signalCount });
}

/**
 * Saves a scanner file as a new scanner; a taken name becomes "Name (imported)".
 * @example await importScannerFile(await file.text(), file.name) // { data: { name: 'EMA trend', … } }
 */
export async function importScannerFile(
  text: string,
  fileName: string
): Promise<{ data: SavedScanner } | { error: string }> {
  const file = readScannerFile(text, fileName);
  if ('error' in file) return file;
  const taken = await takenNames();
  const name = taken.has(nameKey(file.data.name)) ? freeName(file.data.name, 'imported', taken) : file.data.name;
  return saveScanner({ ...file.data, name });
}

async function takenNames(): Promise<Set<string>> {
  return new Set(
    await scannerDatabase()
      .scanners.orderBy('nameKey')
      .keys()
      .then((keys) => keys.map(String))
  );
}
