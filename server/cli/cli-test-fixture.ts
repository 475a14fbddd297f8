import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DAILY_DIR } from '../../tests/fixtures/real-candles.js';

const BIN = fileURLToPath(new URL('./bin.js', import.meta.url));

/** The real daily series the CLI tests scan (M&M checks a symbol that needs no escaping in a file name). */
export const CLI_SYMBOLS = ['INFY', 'ITC', 'M&M', 'WIPRO'];

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI (`node server/cli/bin.js …`) as a child process. */
export function runCli(args: string[]): Promise<CliRun> {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface CliWorkspace {
  dir: string;
  /** Real CSVs of CLI_SYMBOLS, a broken CSV (BROKEN), a dangling link (GONE.csv) and a non-CSV file. */
  dataDir: string;
  /** Writes a file (a scanner, a CSV) under the workspace and returns its path. */
  writeFile(name: string, text: string): string;
  remove(): void;
}

/** A temp directory holding copies of real candle files plus the bad cases. */
export function createCliWorkspace(): CliWorkspace {
  const dir = mkdtempSync(join(tmpdir(), 'fluxscan-cli-'));
  const dataDir = join(dir, 'data');
  mkdirSync(dataDir);
  for (const symbol of CLI_SYMBOLS) copyFileSync(join(DAILY_DIR, `${symbol}.csv`), join(dataDir, `${symbol}.csv`));
  writeFileSync(
    join(dataDir, 'BROKEN.csv'),
    'timestamp,open,high,low,close,volume\n2025-01-01 00:00:00+05:30,1,2,0.5,1.5,100\n2025-01-02 00:00:00+05:30,1,2,0.5,n/a,100\n'
  );
  symlinkSync(join(dir, 'missing.csv'), join(dataDir, 'GONE.csv'));
  writeFileSync(join(dataDir, 'README.txt'), 'not candles\n');
  return {
    dir,
    dataDir,
    writeFile(name, text) {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true })
  };
}
