import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createClient, type Client } from '@libsql/client';
import { openStore, storePath } from '../store/index.js';

/** What a backup holds, counted so a user can see it is the data they expect. */
export interface BackupContents {
  scanners: number;
  watchlists: number;
  schedules: number;
  runs: number;
  settings: number;
}

type Outcome<T> = { data: T } | { error: string };

const COUNTED = ['scanners', 'watchlists', 'schedules', 'runs', 'settings'] as const;
const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false
  );

async function withDatabase<T>(path: string, use: (client: Client) => Promise<T>): Promise<T> {
  const client = createClient({ url: pathToFileURL(path).href });
  try {
    await client.execute('PRAGMA busy_timeout = 5000');
    return await use(client);
  } finally {
    client.close();
  }
}

/** Checks that `path` is an intact FluxScan database and counts what it holds. */
async function inspect(path: string): Promise<Outcome<BackupContents>> {
  return withDatabase(path, async (client) => {
    const integrity = await client.execute('PRAGMA integrity_check');
    if (integrity.rows[0]?.[0] !== 'ok') return { error: `${path} is damaged (${String(integrity.rows[0]?.[0])})` };
    const tables = new Set(
      (await client.execute("SELECT name FROM sqlite_master WHERE type = 'table'")).rows.map((row) => String(row[0]))
    );
    const missing = ['schema_migrations', ...COUNTED].filter((table) => !tables.has(table));
    if (missing.length > 0) return { error: `${path} is not a FluxScan backup (no ${missing.join(', ')} table)` };
    const counts = {} as BackupContents;
    for (const table of COUNTED)
      counts[table] = Number((await client.execute(`SELECT count(*) FROM ${table}`)).rows[0][0]);
    return { data: counts };
  }).catch((error: Error) => ({ error: `${path} is not a readable SQLite database (${error.message})` }));
}

/**
 * Writes everything the user owns in `dataDir` — scanners, watchlists, schedules, run history,
 * alert deliveries and settings, all in the SQLite database — to `file` as one consistent SQLite
 * snapshot (`VACUUM INTO`), while the server may keep running. The candle cache is left out:
 * it refills from OpenAlgo. An existing `file` is never overwritten.
 * @example await backupDataDir('.fluxscan-data', 'fluxscan-2026-12-04.db')
 */
export async function backupDataDir(dataDir: string, file: string): Promise<Outcome<BackupContents>> {
  const database = storePath(resolve(dataDir));
  const target = resolve(file);
  if (!(await exists(database)))
    return { error: `no FluxScan database in ${resolve(dataDir)} (set FLUXSCAN_DATA_DIR or --data-dir)` };
  if (await exists(target)) return { error: `${file} already exists; choose a new file name` };
  await mkdir(dirname(target), { recursive: true });
  try {
    await withDatabase(database, (client) => client.execute({ sql: 'VACUUM INTO ?', args: [target] }));
  } catch (error) {
    await rm(target, { force: true });
    return { error: `the backup failed (${(error as Error).message})` };
  }
  return inspect(target);
}

/**
 * Restores a backup into `dataDir` (the server stopped): checked first, copied beside the
 * database and renamed into place, then brought to this version's schema. A data dir that
 * already has a database is refused unless `replace`; the replaced files are kept as
 * `fluxscan.db.before-restore-<time>`.
 * @example await restoreDataDir('fluxscan-2026-12-04.db', '/data', { replace: false })
 */
export async function restoreDataDir(
  file: string,
  dataDir: string,
  { replace = false, now = Date.now() } = {}
): Promise<Outcome<BackupContents & { replacedAs: string | null }>> {
  const source = resolve(file);
  if (!(await exists(source))) return { error: `${file}: no such file` };
  const checked = await inspect(source);
  if ('error' in checked) return checked;
  const database = storePath(resolve(dataDir));
  const present = await exists(database);
  if (present && !replace)
    return {
      error: `${resolve(dataDir)} already has a database; stop the server and pass --replace to restore over it`
    };
  await mkdir(resolve(dataDir), { recursive: true });
  const incoming = `${database}.restoring`;
  await copyFile(source, incoming);
  let replacedAs: string | null = null;
  if (present) {
    replacedAs = `${database}.before-restore-${new Date(now).toISOString().replace(/[:.]/g, '-')}`;
    await rename(database, replacedAs);
  }
  // A write-ahead log left by the old database must not be replayed onto the restored one.
  for (const suffix of ['-wal', '-shm']) {
    if (replacedAs && (await exists(`${database}${suffix}`)))
      await rename(`${database}${suffix}`, `${replacedAs}${suffix}`);
    await rm(`${database}${suffix}`, { force: true });
  }
  await rename(incoming, database);
  const store = await openStore(database);
  store.close();
  return { data: { ...checked.data, replacedAs } };
}
