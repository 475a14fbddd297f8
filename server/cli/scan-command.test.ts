import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScanPool } from '../../src-worker/pool/scan-pool.js';
import { realTasks } from '../../tests/fixtures/real-candles.js';
import { CLI_SYMBOLS, createCliWorkspace, runCli, type CliWorkspace } from './cli-test-fixture.js';

const SCANNER = `/**
 * @lookback 100
 * @param period integer 20 [2..200] SMA period
 */
if (symbol === 'ITC') throw new Error('ITC is excluded');
const sma = ta.SMA(close, params.period);
Filter = last(close) > 0;
AddColumn('Close', close, '1.2');
AddColumn('Above', last(close) > last(sma));
AddColumn('RSI', ta.RSI(close, 14));
AddColumn('Bars', close.length);
`;

let workspace: CliWorkspace;
let scanner: string;
const goodFiles = () => ['INFY', 'M&M', 'WIPRO'].map((symbol) => join(workspace.dataDir, `${symbol}.csv`));

beforeAll(() => {
  workspace = createCliWorkspace();
  scanner = workspace.writeFile('above-sma.js', SCANNER);
});
afterAll(() => workspace.remove());

describe('fluxscan scan --format json', () => {
  it('prints exactly what an in-process pool finds on the same candles, plus each bad file as its symbol error', async () => {
    const run = await runCli([
      'scan',
      '--scanner',
      scanner,
      '--csv',
      workspace.dataDir,
      '--params',
      '{"period":10}',
      '--format',
      'json'
    ]);
    const output = JSON.parse(run.stdout);
    expect(Object.keys(output)).toEqual(['results', 'errors', 'stats']);

    const pool = new ScanPool({ size: 2 });
    const expected = await pool
      .scan({ source: SCANNER, params: { period: 10 }, symbols: realTasks(100, CLI_SYMBOLS) })
      .finally(() => pool.close());
    expect(expected.rows.map((row) => row.symbol)).toEqual(['INFY', 'M&M', 'WIPRO']);
    expect(output.results).toEqual(expected.rows);
    expect(output.results[0].columns.Bars).toBe(100);

    expect(output.errors).toEqual([
      {
        symbol: 'BROKEN',
        message: `${join(workspace.dataDir, 'BROKEN.csv')}: line 3: close is not a number`,
        line: null
      },
      { symbol: 'GONE', message: `${join(workspace.dataDir, 'GONE.csv')}: cannot read the file (ENOENT)`, line: null },
      { symbol: 'ITC', message: 'Error: ITC is excluded', line: 5 }
    ]);
    expect(output.stats).toMatchObject({ symbols: 6, matches: 3, errors: 3 });
    expect(run.stderr).toBe('fluxscan: 3 of 6 symbols failed\n');
    expect(run.code).toBe(1);
  });

  it('exits 0 when every symbol scans, and takes --exchange, --lookback and --workers', async () => {
    const run = await runCli([
      'scan',
      '--scanner',
      scanner,
      '--csv',
      ...goodFiles(),
      '--format',
      'json',
      '--exchange',
      'bse',
      '--lookback',
      '30',
      '--workers',
      '1'
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const output = JSON.parse(run.stdout);
    expect(output.results.map((row: { symbol: string; exchange: string }) => `${row.exchange}:${row.symbol}`)).toEqual([
      'BSE:INFY',
      'BSE:M&M',
      'BSE:WIPRO'
    ]);
    expect(output.results.every((row: { columns: { Bars: number } }) => row.columns.Bars === 30)).toBe(true);
    expect(output.stats).toMatchObject({ symbols: 3, matches: 3, errors: 0, workers: 1 });
  });

  it('a symbol that runs past --timeout-ms fails alone', async () => {
    const looping = workspace.writeFile('loop.js', "if (symbol === 'INFY') while (true) {}\nreturn { signal: 'BUY' }");
    const run = await runCli([
      'scan',
      '--scanner',
      looping,
      '--csv',
      ...goodFiles(),
      '--format',
      'json',
      '--timeout-ms',
      '50'
    ]);
    const output = JSON.parse(run.stdout);
    expect(output.results.map((row: { symbol: string }) => row.symbol)).toEqual(['M&M', 'WIPRO']);
    expect(output.errors).toEqual([
      { symbol: 'INFY', message: expect.stringMatching(/time limit exceeded.*50 ms/), line: 1 }
    ]);
    expect(run.code).toBe(1);
  });
});

describe('fluxscan scan --csv MISSING.csv', () => {
  it("makes the missing file that symbol's error and scans the rest, as --help says", async () => {
    const missing = join(workspace.dir, 'MISSING.csv');
    const run = await runCli(['scan', '--scanner', scanner, '--csv', ...goodFiles(), missing, '--format', 'json']);
    const output = JSON.parse(run.stdout);
    expect(output.results.map((row: { symbol: string }) => row.symbol)).toEqual(['INFY', 'M&M', 'WIPRO']);
    expect(output.errors).toEqual([
      { symbol: 'MISSING', message: `${missing}: cannot read the file (ENOENT)`, line: null }
    ]);
    expect(output.stats).toMatchObject({ symbols: 4, matches: 3, errors: 1 });
    expect(run.stderr).toBe('fluxscan: 1 of 4 symbols failed\n');
    expect(run.code).toBe(1);
    const help = (await runCli(['scan', '--help'])).stdout.replace(/\s+/g, ' ');
    expect(help).toContain(
      "A file that cannot be read or parsed (a missing FILE.csv too) becomes that symbol's error and the scan goes on (exit 1)"
    );
  });
});

describe('fluxscan scan --format csv and table', () => {
  it('csv: symbol, exchange, signal, ISO bar date, then the metric columns', async () => {
    const run = await runCli(['scan', '--scanner', scanner, '--csv', ...goodFiles(), '--format', 'csv']);
    expect(run.code).toBe(0);
    const [header, ...rows] = run.stdout.trimEnd().split('\n');
    expect(header).toBe('symbol,exchange,signal,barTime,Close,Above,RSI,Bars');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatch(/^M&M,NSE,EXPLORE,\d{4}-\d{2}-\d{2},\d+\.\d{2},(true|false),\d+\.\d{2},100\.00$/);
    // The last bar of the shipped series is 2025-09-30 00:00 IST, i.e. 2025-09-29 18:30 UTC.
    expect(rows[0].split(',')[3]).toBe('2025-09-30');
  });

  it('csv: the errors, which have no place among the rows, go to stderr', async () => {
    const run = await runCli(['scan', '--scanner', scanner, '--csv', workspace.dataDir, '--format', 'csv']);
    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(4);
    expect(run.stderr).toBe(
      `fluxscan: BROKEN: ${join(workspace.dataDir, 'BROKEN.csv')}: line 3: close is not a number\n` +
        `fluxscan: GONE: ${join(workspace.dataDir, 'GONE.csv')}: cannot read the file (ENOENT)\n` +
        'fluxscan: ITC: line 5: Error: ITC is excluded\n' +
        'fluxscan: 3 of 6 symbols failed\n'
    );
  });

  it('table: aligned columns, the errors, and a stats line', async () => {
    const run = await runCli(['scan', '--scanner', scanner, '--csv', workspace.dataDir]);
    expect(run.code).toBe(1);
    const [table, errors, stats] = run.stdout.trimEnd().split('\n\n');
    const [header, ...rows] = table.split('\n');
    expect(header).toMatch(/^Symbol\s+Exchange\s+Signal\s+Bar\s+Close\s+Above\s+RSI\s+Bars$/);
    expect(rows.map((row) => row.split(/\s+/)[0])).toEqual(['INFY', 'M&M', 'WIPRO']);
    for (const row of rows) {
      expect(row.indexOf('NSE')).toBe(header.indexOf('Exchange'));
      expect(row.split(/\s+/)[4]).toMatch(/^\d+\.\d{2}$/);
    }
    expect(errors.split('\n')).toEqual([
      'Errors (3):',
      `  BROKEN: ${join(workspace.dataDir, 'BROKEN.csv')}: line 3: close is not a number`,
      `  GONE: ${join(workspace.dataDir, 'GONE.csv')}: cannot read the file (ENOENT)`,
      '  ITC: line 5: Error: ITC is excluded'
    ]);
    expect(stats).toMatch(/^6 symbols, 3 matches, 3 errors in \d+ ms on \d+ workers?$/);
  });

  it('table says so when nothing matches', async () => {
    const none = workspace.writeFile('none.js', 'return null');
    const run = await runCli(['scan', '--scanner', none, '--csv', ...goodFiles()]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^No matches\.\n\n3 symbols, 0 matches, 0 errors/);
  });
});

describe('fluxscan scan with an invalid scanner', () => {
  it('prints the diagnostics with line:column and exits 1 without scanning', async () => {
    const broken = workspace.writeFile('broken.js', 'const a = 1;\nFilter = ta.sma(close, 5) >');
    const run = await runCli(['scan', '--scanner', broken, '--csv', workspace.dataDir, '--format', 'json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      new RegExp(`^${broken}:2:\\d+: error: SyntaxError: .*\\nfluxscan: ${broken} is not a valid scanner\\n$`)
    );
  });

  it('passes warnings on to stderr and still scans', async () => {
    const silent = workspace.writeFile('silent.js', 'const x = last(close);');
    const run = await runCli(['scan', '--scanner', silent, '--csv', ...goodFiles(), '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`^${silent}:1:1: warning: this scanner never produces a row`));
    expect(JSON.parse(run.stdout).results).toEqual([]);
  });
});
