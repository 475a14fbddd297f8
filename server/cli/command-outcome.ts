/** Exit codes: 0 done, 1 the scanner or some symbols failed, 2 the command line is wrong. */
export type ExitCode = 0 | 1 | 2;

/** What a command prints and how the process ends; main writes it out. */
export interface CommandOutcome {
  exitCode: ExitCode;
  stdout: string;
  stderr: string;
}

/** A command line the CLI cannot act on (exit 2). */
export const usageError = (message: string): CommandOutcome => ({
  exitCode: 2,
  stdout: '',
  stderr: `fluxscan: ${message}\n`
});
