import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAILY_DIR, realCandles } from '../../tests/fixtures/real-candles.js';
import { createCliWorkspace, runCli, type CliWorkspace } from './cli-test-fixture.js';

/** RELIANCE's real file stands in as the index series. */
const INDEX_CSV = join(DAILY_DIR, 'RELIANCE.csv');
const SCANNER = `/**
 * @lookback 120
 */
AddColumn('rating', rsRating(close, benchmark.close, 20));
AddColumn('benchClose', last(benchmark.close));
Filter = true;
`;

let workspace: CliWorkspace;
let scanner: string;
beforeAll(() => {
  workspace = createCliWorkspace();
  scanner = workspace.writeFile('rs.js', SCANNER);
});
afterAll(() => workspace.remove());

describe('fluxscan scan --benchmark', () => {
  it("aligns the index file to each symbol's bars for benchmark and rsRating", async () => {
    const run = await runCli([
      'scan',
      '--scanner',
      scanner,
      '--csv',
      join(DAILY_DIR, 'INFY.csv'),
      '--benchmark',
      INDEX_CSV,
      '--format',
      'json'
    ]);
    expect(run.code).toBe(0);
    const [row] = JSON.parse(run.stdout).results;
    const infy = realCandles('INFY').close;
    const index = realCandles('RELIANCE').close;
    const [i, b] = [infy.length - 1, index.length - 1];
    expect(row.columns.benchClose).toBe(index[b]);
    expect(row.columns.rating).toBeCloseTo((infy[i] / infy[i - 20] / (index[b] / index[b - 20]) - 1) * 100, 9);
  });

  it('refuses an index file that cannot be read', async () => {
    const run = await runCli([
      'scan',
      '--scanner',
      scanner,
      '--csv',
      join(DAILY_DIR, 'INFY.csv'),
      '--benchmark',
      join(DAILY_DIR, 'NOPE.csv')
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--benchmark .*NOPE\.csv: cannot read the file/);
  });
});
