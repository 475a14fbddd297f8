import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAILY_DIR, realCandles, realSymbols } from '../../tests/fixtures/real-candles.js';
import { createCliWorkspace, runCli, type CliWorkspace } from './cli-test-fixture.js';

/** 20-bar momentum as Rank over the whole shipped NIFTY 50 directory. */
const SCANNER = `/**
 * @lookback 100
 * @top 10
 */
Rank = percentChange(close, 20);
Filter = true;
`;

let workspace: CliWorkspace;
let scanner: string;
beforeAll(() => {
  workspace = createCliWorkspace();
  scanner = workspace.writeFile('momentum-rank.js', SCANNER);
});
afterAll(() => workspace.remove());

const momentum = (symbol: string) => {
  const close = realCandles(symbol).close;
  const n = close.length;
  return ((close[n - 1] - close[n - 21]) / close[n - 21]) * 100;
};

describe('fluxscan scan with Rank', () => {
  it('--top 3 keeps the three highest Rank scores, with rank and percentile in the JSON columns', async () => {
    const run = await runCli(['scan', '--scanner', scanner, '--csv', DAILY_DIR, '--top', '3', '--format', 'json']);
    expect(run.code).toBe(0);
    const { results, stats } = JSON.parse(run.stdout);
    expect(stats.symbols).toBe(realSymbols().length);
    const symbols: string[] = results.map((row: { symbol: string }) => row.symbol);
    const all = realSymbols();
    const expected = all.map((symbol) => [symbol, momentum(symbol)] as const).sort((a, b) => b[1] - a[1]);
    expect(symbols).toEqual(expected.slice(0, 3).map(([symbol]) => symbol));
    expect(
      results.map((row: { columns: Record<string, number> }) => [row.columns.rank, row.columns.percentile])
    ).toEqual([1, 2, 3].map((rank) => [rank, ((all.length - rank) / (all.length - 1)) * 100]));
  });

  it("without --top keeps the scanner's @top 10", async () => {
    const run = await runCli(['scan', '--scanner', scanner, '--csv', DAILY_DIR, '--format', 'json']);
    expect(JSON.parse(run.stdout).results.map((row: { columns: { rank: number } }) => row.columns.rank)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10
    ]);
  });

  it('refuses a --top that is not a whole number', async () => {
    const bad = await runCli(['scan', '--scanner', scanner, '--csv', DAILY_DIR, '--top', 'ten']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--top must be a whole number/);
  });
});
