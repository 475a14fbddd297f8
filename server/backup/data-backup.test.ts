import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/cli-test-fixture.js';
import { openStore, storePath, type Store } from '../store/index.js';

let dir: string;
let live: Store;
const dataDir = () => join(dir, 'data');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fluxscan-backup-'));
  live = await openStore(storePath(dataDir()));
  const scanner = await live.scanners.create({
    name: 'EMA trend',
    description: 'Fast EMA above slow',
    category: 'Trend',
    source: 'Filter = last(close) > 0;'
  });
  const watchlist = await live.watchlists.create({
    name: 'Banks',
    symbols: [
      { symbol: 'SBIN', exchange: 'NSE' },
      { symbol: 'HDFCBANK', exchange: 'NSE' }
    ]
  });
  if ('error' in scanner || 'error' in watchlist) throw new Error('could not seed the store');
  await live.settings.set('alerts', { telegram: { username: 'trader' } });
  const run = await live.runs.start({ scanner: { id: scanner.data.id, name: 'EMA trend', source: 'x' } });
  await live.runs.finish(run.id, {
    status: 'completed',
    results: [{ symbol: 'SBIN', exchange: 'NSE', signal: 'BUY', columns: { Close: 812.5 }, barTime: 1_764_700_200 }]
  });
});
afterAll(() => {
  live.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Everything a user owns, read back through the store. */
async function contentsOf(store: Store) {
  const [[scanner], [watchlist], { runs }, settings] = await Promise.all([
    store.scanners.list(),
    store.watchlists.list(),
    store.runs.list(),
    store.settings.all()
  ]);
  const { results } = await store.runs.results(runs[0].id);
  return {
    scanner: [scanner.name, scanner.source],
    watchlist: [watchlist.name, watchlist.symbols],
    runs: runs.length,
    results,
    settings
  };
}

describe('fluxscan backup / restore', () => {
  it('backs up a live database and restores it into an empty data dir with everything in it', async () => {
    const file = join(dir, 'backups', 'fluxscan.backup.db');
    // The store stays open, as the running server would keep it: the backup is online.
    const backup = await runCli(['backup', file, '--data-dir', dataDir()]);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toBe(`Backed up 1 scanners, 1 watchlists, 0 schedules, 1 runs, 1 settings to ${file}\n`);

    const empty = join(dir, 'restored');
    const restore = await runCli(['restore', file, '--data-dir', empty]);
    expect(restore.code).toBe(0);
    expect(restore.stdout).toBe(`Restored 1 scanners, 1 watchlists, 0 schedules, 1 runs, 1 settings into ${empty}\n`);
    const restored = await openStore(storePath(empty));
    try {
      expect(await contentsOf(restored)).toEqual(await contentsOf(live));
      expect((await contentsOf(restored)).settings).toEqual({ alerts: { telegram: { username: 'trader' } } });
    } finally {
      restored.close();
    }
  });

  it('refuses to overwrite a backup file or a data dir that has a database, and keeps the old one on --replace', async () => {
    const file = join(dir, 'again.db');
    expect((await runCli(['backup', file, '--data-dir', dataDir()])).code).toBe(0);
    const twice = await runCli(['backup', file, '--data-dir', dataDir()]);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toBe(`fluxscan: ${file} already exists; choose a new file name\n`);

    const target = join(dir, 'occupied');
    expect((await runCli(['restore', file, '--data-dir', target])).code).toBe(0);
    const refused = await runCli(['restore', file, '--data-dir', target]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('already has a database; stop the server and pass --replace');
    const replaced = await runCli(['restore', file, '--data-dir', target, '--replace']);
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toMatch(/the previous database is kept as .*fluxscan\.db\.before-restore-/);
    expect(readdirSync(target).filter((name) => name.includes('before-restore')).length).toBeGreaterThanOrEqual(1);
  });

  it('refuses a file that is not a FluxScan backup, a missing data dir and bad command lines', async () => {
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'not a database at all, just text that is long enough to not be empty');
    const notBackup = await runCli(['restore', junk, '--data-dir', join(dir, 'never')]);
    expect(notBackup.code).toBe(1);
    expect(notBackup.stderr).toContain('junk.db is not a readable SQLite database');
    expect(existsSync(join(dir, 'never', 'fluxscan.db'))).toBe(false);
    const noData = await runCli(['backup', join(dir, 'x.db'), '--data-dir', join(dir, 'nothing-here')]);
    expect(noData.code).toBe(1);
    expect(noData.stderr).toContain('no FluxScan database in');
    expect((await runCli(['backup'])).code).toBe(2);
    expect((await runCli(['backup', 'a.db', '--replace'])).stderr).toBe('fluxscan: --replace is for restore only\n');
    expect((await runCli(['restore', '--help'])).stdout).toContain(
      'fluxscan restore FILE [--data-dir DIR] [--replace]'
    );
  });
});
