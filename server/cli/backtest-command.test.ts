import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBacktest } from '../../src-worker/backtest/run-backtest.js';
import { istEpochMs, type IstDate } from '../../src-worker/calendar/ist-time.js';
import { packCandles } from '../../src-worker/candles/packed.js';
import { ScanPool } from '../../src-worker/pool/scan-pool.js';
import { realCandles } from '../../tests/fixtures/real-candles.js';
import { createCliWorkspace, runCli, type CliWorkspace } from './cli-test-fixture.js';

const SCANNER = `/**
 * @lookback 60
 * @param fast integer 10 [2..50] fast EMA
 */
if (symbol === 'ITC' && close.length % 50 === 0) throw new Error('ITC every 50th bar');
const fast = ta.EMA(close, params.fast), slow = ta.EMA(close, 20), rsi = ta.RSI(close, 14);
Filter = crossover(fast, slow) && last(rsi) > 50; signal_type = 'BUY';
if (crossunder(fast, slow)) { Filter = true; signal_type = 'SELL'; }
AddColumn('RSI', rsi, '1.1');
`;
const FROM = '2024-01-01';
const TO = '2024-12-31';

let workspace: CliWorkspace;
let scanner: string;
const file = (symbol: string) => join(workspace.dataDir, `${symbol}.csv`);

beforeAll(() => {
  workspace = createCliWorkspace();
  scanner = workspace.writeFile('ema-cross.js', SCANNER);
});
afterAll(() => workspace.remove());

describe('fluxscan backtest --format json', () => {
  it('prints what an in-process backtest finds on the same whole files, with the bar failures as errors', async () => {
    const args = ['backtest', '--scanner', scanner, '--csv', file('INFY'), file('ITC'), '--from', FROM, '--to', TO];
    const run = await runCli([
      ...args,
      '--horizons',
      '20,1,5',
      '--params',
      '{"fast":8}',
      '--benchmark',
      file('WIPRO'),
      '--format',
      'json'
    ]);
    const output = JSON.parse(run.stdout);
    expect(Object.keys(output)).toEqual(['events', 'summary', 'hitsPerDay', 'errors', 'stats']);

    const pool = new ScanPool({ size: 2 });
    const expected = await runBacktest(pool, {
      source: SCANNER,
      params: { fast: 8 },
      symbols: ['INFY', 'ITC'].map((symbol) => ({
        symbol,
        exchange: 'NSE',
        interval: 'D',
        candles: packCandles(realCandles(symbol))
      })),
      fromTime: istEpochMs(FROM as IstDate) / 1000,
      toTime: istEpochMs('2025-01-01' as IstDate) / 1000 - 1,
      horizons: [1, 5, 20],
      benchmark: realCandles('WIPRO')
    }).finally(() => pool.close());
    // JSON has no NaN or undefined: compare with the expected events as they serialise.
    expect(output.events).toEqual(
      JSON.parse(JSON.stringify(expected.events.map(({ exchange: _exchange, ...event }) => event)))
    );
    expect(output.events.some((e: { signal: string }) => e.signal === 'SELL')).toBe(true);
    expect(Object.keys(output.events[0])).toEqual([
      'symbol',
      'barTime',
      'signal',
      'columns',
      'entry',
      'returns',
      'mfe',
      'mae',
      'excess'
    ]);
    expect(Object.keys(output.events[0].returns)).toEqual(['1', '5', '20']);
    expect(output.summary).toEqual(JSON.parse(JSON.stringify(expected.summary)));
    expect(output.summary.horizons['5']).toHaveProperty('meanExcess');
    expect(output.hitsPerDay).toEqual(expected.hitsPerDay);
    expect(output.hitsPerDay[0]).toMatchObject({
      date: expect.stringMatching(/^2024-01-0/),
      benchmarkClose: expect.any(Number)
    });
    expect(output.errors).toEqual([
      { symbol: 'ITC', message: expect.stringMatching(/^Error: ITC every 50th bar \(on \d+ bars\)$/), line: 5 }
    ]);
    expect(output.stats).toMatchObject({ symbols: 2, evaluations: expected.stats.evaluations });
    expect(run.stderr).toBe('fluxscan: 1 of 2 symbols failed\n');
    expect(run.code).toBe(1);
  });
});

describe('fluxscan backtest output formats', () => {
  it('table: the summary per horizon, first signals only, the notes, exit 0', async () => {
    const run = await runCli(['backtest', '--scanner', scanner, '--csv', file('INFY'), '--from', FROM, '--to', TO]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^All signals \(\d+\)\nBars +Events +Win % +Mean %/);
    expect(run.stdout).toMatch(/First signal only/);
    expect(run.stdout).toMatch(/Note: Symbol lists are today's/);
    expect(run.stdout).toMatch(/\n +20 +\d+ /);
  });

  it('csv: one row per signal with return, MFE and MAE per horizon', async () => {
    const run = await runCli([
      'backtest',
      '--scanner',
      scanner,
      '--csv',
      file('INFY'),
      '--from',
      FROM,
      '--to',
      TO,
      '--horizons',
      '1,5',
      '--format',
      'csv'
    ]);
    const [header, first] = run.stdout.split('\n');
    expect(header).toBe('symbol,barTime,signal,entry,return1,mfe1,mae1,return5,mfe5,mae5,RSI');
    expect(first).toMatch(/^INFY,2024-\d\d-\d\d,(BUY|SELL),[\d.]+,/);
  });
});

describe('fluxscan backtest arguments', () => {
  it.each([
    [['--from', '2024-02-30', '--to', TO], '--from must be a date as YYYY-MM-DD, got "2024-02-30"'],
    [['--from', TO, '--to', FROM], `--from ${TO} is after --to ${FROM}`],
    [['--to', TO], '--from is required: the first signal date, YYYY-MM-DD'],
    [
      ['--from', FROM, '--to', TO, '--horizons', '5,0'],
      '--horizons must be bar counts from 1 to 250 separated by commas, e.g. 1,5,10,20 (not "0")'
    ],
    [
      ['--from', FROM, '--to', TO, '--benchmark', '/nonexistent/NIFTY.csv'],
      '--benchmark /nonexistent/NIFTY.csv: cannot read the file (ENOENT)'
    ]
  ])('%j is a bad argument (exit 2)', async (extra, message) => {
    const run = await runCli(['backtest', '--scanner', scanner, '--csv', file('INFY'), ...extra]);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(`fluxscan: ${message}`);
  });

  it('--help explains the replay', async () => {
    const run = await runCli(['backtest', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/sees every earlier bar of the file and nothing after/);
  });
});
