import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAILY_DIR, realSymbols } from '../../tests/fixtures/real-candles.js';
import { parseIndexCsv } from '../lists/index-lists.js';
import { createCliWorkspace, runCli, type CliWorkspace } from './cli-test-fixture.js';

const NIFTY50_LIST = fileURLToPath(new URL('../data/nse/ind_nifty50list.csv', import.meta.url));
const SCANNER = `Filter = industry === 'Information Technology';
AddColumn('Industry', industry);`;

let workspace: CliWorkspace;
let scanner: string;
beforeAll(() => {
  workspace = createCliWorkspace();
  scanner = workspace.writeFile('it-sector.js', SCANNER);
});
afterAll(() => workspace.remove());

describe('fluxscan scan --industry-map', () => {
  it("gives each symbol its Industry from the NSE list file as the scanner's industry", async () => {
    const run = await runCli([
      'scan',
      '--scanner',
      scanner,
      '--csv',
      DAILY_DIR,
      '--industry-map',
      NIFTY50_LIST,
      '--format',
      'json'
    ]);
    expect(run.code).toBe(0);
    const shipped = new Set(realSymbols());
    const expected = parseIndexCsv(readFileSync(NIFTY50_LIST, 'utf8'))
      .filter((row) => row.industry === 'Information Technology' && shipped.has(row.symbol))
      .map((row) => row.symbol)
      .sort();
    expect(expected.length).toBeGreaterThan(2);
    const { results } = JSON.parse(run.stdout);
    expect(results.map((row: { symbol: string }) => row.symbol)).toEqual(expected);
    expect(
      results.every((row: { columns: { Industry: string } }) => row.columns.Industry === 'Information Technology')
    ).toBe(true);
  });

  it('refuses a file without Symbol and Industry columns', async () => {
    const notAList = workspace.writeFile('prices.csv', 'timestamp,open,high,low,close,volume\n');
    const run = await runCli(['scan', '--scanner', scanner, '--csv', DAILY_DIR, '--industry-map', notAList]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--industry-map: .*prices\.csv needs Symbol and Industry columns/);
  });
});
