import { parseBacktestArgs } from './backtest-args.js';
import { backtestCommand } from './backtest-command.js';
import { BACKTEST_USAGE } from './backtest-usage.js';
import { usageError, type CommandOutcome } from './command-outcome.js';

/** `fluxscan backtest …` from its arguments to what it prints. */
export async function runBacktestCommandLine(args: string[]): Promise<CommandOutcome> {
  const parsed = parseBacktestArgs(args);
  if ('error' in parsed) return usageError(`${parsed.error}\nRun "fluxscan backtest --help" for usage.`);
  if (parsed.data === 'help') return { exitCode: 0, stdout: `${BACKTEST_USAGE}\n`, stderr: '' };
  return backtestCommand(parsed.data);
}
