import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realCandles, realSymbols, realTasks } from '../../tests/fixtures/real-candles.js';
import { packCandles } from '../candles/packed.js';
import { lastBars } from '../candles/types.js';
import { runBacktest } from '../backtest/run-backtest.js';
import { ScanPool } from '../pool/scan-pool.js';

/** 60-bar momentum as the Rank score; every symbol matches so the ranking covers the universe. */
const SCANNER = `/**
 * @top 5
 */
Rank = percentChange(close, 60);
Filter = true;`;
const BARS = 250;
const SYMBOLS = realSymbols();
const HISTORIES = new Map(SYMBOLS.map((symbol) => [symbol, lastBars(realCandles(symbol), BARS)]));
/** The same score computed here, independently of the sandbox. */
const momentumAt = (symbol: string, t: number) => {
  const close = HISTORIES.get(symbol)!.close;
  return ((close[t] - close[t - 60]) / close[t - 60]) * 100;
};
const bestFirst = (scores: [string, number][]) => scores.sort((a, b) => b[1] - a[1]).map(([symbol]) => symbol);

let pool: ScanPool;
beforeAll(() => {
  pool = new ScanPool({ size: 2 });
});
afterAll(() => pool.close());

describe('Rank in a scan', () => {
  it('keeps the @top 5 by the Rank score, sorted by rank with percentiles over all matches', async () => {
    const summary = await pool.scan({ source: SCANNER, symbols: realTasks(BARS) });
    const expected = bestFirst(SYMBOLS.map((symbol) => [symbol, momentumAt(symbol, BARS - 1)]));
    expect(summary.rows.map((row) => row.symbol)).toEqual(expected.slice(0, 5));
    expect(summary.rows.map((row) => row.columns.rank)).toEqual([1, 2, 3, 4, 5]);
    const n = SYMBOLS.length;
    expect(summary.rows.map((row) => row.columns.percentile)).toEqual(
      [1, 2, 3, 4, 5].map((rank) => ((n - rank) / (n - 1)) * 100)
    );
    expect(summary.rows[0].columns.Rank).toBeCloseTo(momentumAt(expected[0], BARS - 1), 9);
  });

  it('the request top overrides the header and ranks every match without a top', async () => {
    const all = await pool.scan({ source: SCANNER.replace('@top 5', ''), symbols: realTasks(BARS) });
    expect(all.rows).toHaveLength(SYMBOLS.length);
    expect(all.rows.at(-1)!.columns).toMatchObject({ rank: SYMBOLS.length, percentile: 0 });
    const two = await pool.scan({ source: SCANNER, symbols: realTasks(BARS), top: 2 });
    expect(two.rows.map((row) => row.columns.rank)).toEqual([1, 2]);
  });
});

describe('Rank in a backtest', () => {
  it('ranks and keeps the top 5 on each bar separately (the 5 strongest each day)', async () => {
    const times = HISTORIES.get(SYMBOLS[0])!.time;
    const from = BARS - 15;
    const result = await runBacktest(pool, {
      source: SCANNER,
      symbols: SYMBOLS.map((symbol) => ({
        symbol,
        exchange: 'NSE',
        interval: 'D',
        candles: packCandles(HISTORIES.get(symbol)!)
      })),
      fromTime: times[from],
      toTime: times[BARS - 1],
      horizons: [1]
    });
    for (let t = from; t < BARS; t++) {
      const onBar = result.events
        .filter((event) => event.barTime === times[t])
        .sort((a, b) => Number(a.columns.rank) - Number(b.columns.rank));
      const expected = bestFirst(SYMBOLS.map((symbol) => [symbol, momentumAt(symbol, t)]));
      expect({ t, symbols: onBar.map((event) => event.symbol) }).toEqual({ t, symbols: expected.slice(0, 5) });
    }
  });
});
