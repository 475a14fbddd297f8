import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCliWorkspace, runCli, type CliWorkspace } from './cli-test-fixture.js';

let workspace: CliWorkspace;
let scanner: string;
beforeAll(() => {
  workspace = createCliWorkspace();
  scanner = workspace.writeFile(
    'ema.js',
    '/** @param fast integer 10 [2..200] Fast EMA */\nFilter = last(ta.EMA(close, params.fast)) > 0;\n'
  );
  mkdirSync(join(workspace.dir, 'empty'));
  mkdirSync(join(workspace.dir, 'other'));
  workspace.writeFile('other/INFY.csv', 'timestamp,open,high,low,close,volume\n');
});
afterAll(() => workspace.remove());

describe('fluxscan --help', () => {
  it('prints the usage and exits 0', async () => {
    for (const args of [['--help'], ['-h'], []]) {
      const run = await runCli(args);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(
        /^fluxscan — .*\n\nUsage:\n {2}fluxscan scan --scanner FILE\.js --csv FILE_OR_DIR\.\.\./
      );
      expect(run.stdout).toContain('--timeout-ms N');
    }
  });

  it('each command has its own --help', async () => {
    expect((await runCli(['scan', '--help'])).stdout).toMatch(/^fluxscan scan — /);
    expect((await runCli(['validate', '--help'])).stdout).toMatch(/^fluxscan validate — /);
  });
});

describe('bad command lines exit 2 with the reason on stderr', () => {
  const scan = (...args: string[]) => ['scan', '--scanner', scanner, '--csv', workspace.dataDir, ...args];
  const cases: [string, () => string[], string][] = [
    ['an unknown command', () => ['frobnicate'], 'unknown command "frobnicate": use "scan", "backtest" or "validate"'],
    ['an unknown flag', () => scan('--colour'), 'unknown option --colour (see "fluxscan --help")'],
    ['a flag without its value', () => ['scan', '--scanner', '--csv', workspace.dataDir], '--scanner needs a value'],
    ['a value for a switch', () => scan('--help=yes'), '--help takes no value'],
    ['no --scanner', () => ['scan', '--csv', workspace.dataDir], '--scanner is required: the scanner file to run'],
    ['no --csv', () => ['scan', '--scanner', scanner], '--csv is required: the CSV files or directories to scan'],
    ['--params that is not JSON', () => scan('--params', '{fast: 12}'), '--params is not valid JSON ('],
    [
      '--params that is not an object',
      () => scan('--params', '[12]'),
      '--params must be a JSON object, e.g. {"fast": 12}'
    ],
    [
      'a parameter out of its range',
      () => scan('--params', '{"fast": 1}'),
      '--params: fast: Too small: expected number to be >=2'
    ],
    [
      'a parameter of the wrong type',
      () => scan('--params', '{"fast": "12"}'),
      '--params: fast: Invalid input: expected number, received string'
    ],
    [
      'an undeclared parameter',
      () => scan('--params', '{"fats": 12}'),
      '--params: unknown parameter fats (declared: fast)'
    ],
    ['zero workers', () => scan('--workers', '0'), '--workers must be at least 1'],
    ['a worker count that is not a number', () => scan('--workers', 'four'), '--workers must be a whole number'],
    ['too many workers', () => scan('--workers', '1000'), '--workers must be at most 64'],
    ['a time limit under the minimum', () => scan('--timeout-ms', '5'), '--timeout-ms must be at least 10'],
    ['an unknown format', () => scan('--format', 'xml'), '--format must be one of table, json, csv'],
    ['a bad exchange', () => scan('--exchange', 'N S E'), '--exchange must be an exchange code such as NSE or BSE'],
    [
      'a missing scanner file',
      () => ['scan', '--scanner', join(workspace.dir, 'nope.js'), '--csv', workspace.dataDir],
      'cannot read the scanner'
    ],
    [
      'a scanner path that is a directory',
      () => ['scan', '--scanner', workspace.dir, '--csv', workspace.dataDir],
      'it is a directory'
    ],
    [
      'a missing CSV directory',
      () => ['scan', '--scanner', scanner, '--csv', join(workspace.dir, 'nope')],
      'nope: no such file or directory'
    ],
    [
      'a file that is not a CSV',
      () => ['scan', '--scanner', scanner, '--csv', join(workspace.dataDir, 'README.txt')],
      'README.txt: not a .csv file'
    ],
    [
      'a directory without CSVs',
      () => ['scan', '--scanner', scanner, '--csv', join(workspace.dir, 'empty')],
      'empty: the directory has no .csv files'
    ],
    ['two files for one symbol', () => scan(join(workspace.dir, 'other')), 'symbol INFY comes from two files'],
    ['validate without a file', () => ['validate'], 'validate takes one scanner file, got 0'],
    ['validate of a missing file', () => ['validate', join(workspace.dir, 'nope.js')], 'cannot read the scanner']
  ];

  it.each(cases)('%s', async (_, args, message) => {
    const run = await runCli(args());
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.startsWith('fluxscan: ')).toBe(true);
    expect(run.stderr).toContain(message);
  });
});
