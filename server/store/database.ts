import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createClient, type Client } from '@libsql/client';

/**
 * Opens the SQLite file at `path` (creating it and its folder) in WAL mode.
 *
 * `synchronous=FULL`: in WAL mode every commit is fsynced to the WAL before it is
 * acknowledged, so a run the API or scheduler reported as saved survives a power
 * cut or OS crash, not only a killed process (NORMAL only guarantees the latter).
 * Writes here are small and infrequent (a run's results land in one batch), so
 * the extra fsync per commit costs nothing a user would notice.
 *
 * One connection (`concurrency: 1`): per-connection PRAGMAs then hold for every
 * statement, and since every write is a single synchronous `batch`, no
 * transaction ever spans an `await`, so writers never wait on one another.
 * @example const client = await openDatabase('/data/fluxscan.db')
 */
export async function openDatabase(path: string): Promise<Client> {
  mkdirSync(dirname(path), { recursive: true });
  const client = createClient({ url: pathToFileURL(path).href, concurrency: 1 });
  await client.execute('PRAGMA journal_mode = WAL');
  await client.execute('PRAGMA synchronous = FULL');
  await client.execute('PRAGMA foreign_keys = ON');
  await client.execute('PRAGMA busy_timeout = 5000');
  return client;
}
