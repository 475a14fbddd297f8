import { parseArgs } from 'node:util';
import { backupDataDir, restoreDataDir, type BackupContents } from '../backup/data-backup.js';
import { usageError, type CommandOutcome } from './command-outcome.js';

export const BACKUP_USAGE = `fluxscan backup / restore — everything you own in FluxScan in one file

Usage:
  fluxscan backup FILE [--data-dir DIR]
  fluxscan restore FILE [--data-dir DIR] [--replace]

backup writes the server's database (scanners, watchlists, schedules, run history,
alert deliveries and settings) to FILE as one consistent SQLite snapshot; the server
may keep running. FILE must not exist yet. The candle cache is not included: it
refills from OpenAlgo.

restore checks FILE and puts it in place as the database of DIR, then upgrades it to
this version. Stop the server first. A DIR that already has a database is refused
unless --replace; the replaced database is kept beside it as
fluxscan.db.before-restore-<time>.

Options:
  --data-dir DIR   the data directory (default: FLUXSCAN_DATA_DIR, else .fluxscan-data)
  --replace        restore: replace the database DIR already has
  -h, --help       this help`;

const describe = (counts: BackupContents) =>
  `${counts.scanners} scanners, ${counts.watchlists} watchlists, ${counts.schedules} schedules, ${counts.runs} runs, ${counts.settings} settings`;

/**
 * `fluxscan backup FILE` and `fluxscan restore FILE` (argv starts with the command name).
 * @example await runBackupCommandLine(['backup', 'fluxscan.db.backup'])
 */
export async function runBackupCommandLine(
  argv: string[],
  env: Record<string, string | undefined> = process.env
): Promise<CommandOutcome> {
  const [command, ...args] = argv;
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { 'data-dir': { type: 'string' }, replace: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }
    });
  } catch (error) {
    return usageError(`${(error as Error).message}\nRun "fluxscan ${command} --help" for usage.`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { exitCode: 0, stdout: `${BACKUP_USAGE}\n`, stderr: '' };
  if (positionals.length !== 1)
    return usageError(
      `${command} takes one file, got ${positionals.length}\nRun "fluxscan ${command} --help" for usage.`
    );
  if (command === 'backup' && values.replace) return usageError('--replace is for restore only');
  const dataDir = values['data-dir'] ?? env.FLUXSCAN_DATA_DIR ?? '.fluxscan-data';
  const [file] = positionals;
  if (command === 'backup') {
    const done = await backupDataDir(dataDir, file);
    if ('error' in done) return { exitCode: 1, stdout: '', stderr: `fluxscan: ${done.error}\n` };
    return { exitCode: 0, stdout: `Backed up ${describe(done.data)} to ${file}\n`, stderr: '' };
  }
  const done = await restoreDataDir(file, dataDir, { replace: values.replace ?? false });
  if ('error' in done) return { exitCode: 1, stdout: '', stderr: `fluxscan: ${done.error}\n` };
  const kept = done.data.replacedAs ? `; the previous database is kept as ${done.data.replacedAs}` : '';
  return { exitCode: 0, stdout: `Restored ${describe(done.data)} into ${dataDir}${kept}\n`, stderr: '' };
}
