import { runBacktestCommandLine } from './backtest-command-line.js';
import { runBackupCommandLine } from './backup-commands.js';
import { parseCommandLine } from './cli-args.js';
import { usageError, type CommandOutcome } from './command-outcome.js';
import { scanCommand } from './scan-command.js';
import { usage } from './usage.js';
import { validateCommand } from './validate-command.js';

async function run(argv: string[]): Promise<CommandOutcome> {
  if (argv[0] === 'backtest') return runBacktestCommandLine(argv.slice(1));
  if (argv[0] === 'backup' || argv[0] === 'restore') return runBackupCommandLine(argv);
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
  process.stderr.write(`fluxscan: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
}
