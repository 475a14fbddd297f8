import { parseCommandLine } from './cli-args.js';
import { usageError, type CommandOutcome } from './command-outcome.js';
import { scanCommand } from './scan-command.js';
import { usage } from './usage.js';
import { validateCommand } from './validate-command.js';

async function run(argv: string[]): Promise<CommandOutcome> {
  // Loaded on demand, so a scan does not pay for the backtester or the database driver at start.
  if (argv[0] === 'backtest') return (await import('./backtest-command-line.js')).runBacktestCommandLine(argv.slice(1));
  if (argv[0] === 'backup' || argv[0] === 'restore')
    return (await import('./backup-commands.js')).runBackupCommandLine(argv);
  const parsed = parseCommandLine(argv);
  if ('error' in parsed) return usageError(`${parsed.error}\nRun "fluxscan --help" for usage.`);
  const command = parsed.data;
  switch (command.kind) {
    case 'help':
      return { exitCode: 0, stdout: `${usage(command.topic)}\n`, stderr: '' };
    case 'scan':
      return scanCommand(command.options);
    case 'validate':
      return validateCommand(command.scanner);
  }
}

try {
  const outcome = await run(process.argv.slice(2));
  process.stdout.write(outcome.stdout);
  process.stderr.write(outcome.stderr);
  // Not process.exit(): that could cut off output still being written to a pipe.
  process.exitCode = outcome.exitCode;
} catch (error) {
  process.stderr.write(
    `fluxscan: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
  );
  process.exitCode = 1;
}
