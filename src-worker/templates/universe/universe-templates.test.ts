import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realCandles, realSymbols } from '../../../tests/fixtures/real-candles.js';
import { realIndustries, realNiftyIndex } from '../../../tests/fixtures/real-index.js';
import { istDateOf } from '../../calendar/index.js';
import { packCandles } from '../../candles/packed.js';
import { lastBars, type CandleColumns } from '../../candles/types.js';
import type { BatchTask } from '../../engine/engine-api.js';
import { ScanPool } from '../../pool/scan-pool.js';
import type { ScanRow } from '../../pool/scan-types.js';
import type { ScannerTemplate } from '../types.js';
import { monthlyBreakout } from './monthly-breakout.js';
import { rsLeadersVsNifty } from './rs-leaders-vs-nifty.js';
import { sectorLeaders } from './sector-leaders.js';

const SYMBOLS = realSymbols();
const INDEX = realNiftyIndex();
const INDUSTRIES = realIndustries();
/** Cut points, in bars from the end of the recordings, at which the scans are checked. */
const CUTS = [0, 60, 170, 400];

let pool: ScanPool;
beforeAll(() => {
  pool = new ScanPool({ size: 2 });
});
afterAll(() => pool.close());

const cut = (candles: CandleColumns, end: number, bars: number): CandleColumns =>
  lastBars(
    Object.fromEntries(Object.entries(candles).map(([f, c]) => [f, c.subarray(0, end)])) as unknown as CandleColumns,
    bars
  );

/** Each symbol's last `bars` bars as they stood `back` bars before the end of its recording. */
function tasksAt(back: number, bars: number): { tasks: BatchTask[]; histories: Map<string, CandleColumns> } {
  const histories = new Map<string, CandleColumns>();
  const tasks = SYMBOLS.flatMap((symbol) => {
    const candles = realCandles(symbol);
    if (candles.time.length - back < bars) return [];
    const history = cut(candles, candles.time.length - back, bars);
    histories.set(symbol, history);
    return [
      {
        symbol,
        exchange: 'NSE',
        interval: 'D',
        candles: packCandles(history),
        industry: INDUSTRIES.get(symbol) ?? null,
        benchmark: packCandles(INDEX)
      }
    ];
  });
  return { tasks, histories };
}

/** The index close at or before each of `times` (NaN before its first bar). */
const indexCloses = (times: Float64Array) =>
  Array.from(times, (time) => {
    const k = INDEX.time.findLastIndex((t) => t <= time);
    return k < 0 ? NaN : INDEX.close[k];
  });
const rating = (c: ArrayLike<number>, b: number[], n: number) => {
  const i = c.length - 1;
  return (c[i] / c[i - n] / (b[i] / b[i - n]) - 1) * 100;
};
const sma = (values: number[], n: number, i: number) => values.slice(i - n + 1, i + 1).reduce((s, v) => s + v, 0) / n;

async function scan(template: ScannerTemplate, tasks: BatchTask[]): Promise<ScanRow[]> {
  const summary = await pool.scan({ source: template.source, symbols: tasks });
  expect(summary.errors).toEqual([]);
  return summary.rows;
}

describe('RS leaders vs NIFTY (top 20) on the real series', () => {
  it.each(CUTS)(
    '%i bars before the end: the 20 best 126-bar RS ratings among uptrending stocks with a rising Mansfield RS',
    async (back) => {
      const { tasks, histories } = tasksAt(back, 250);
      const expected = [...histories].flatMap(([symbol, h]) => {
        const c = Array.from(h.close);
        const b = indexCloses(h.time);
        const ratio = c.map((v, i) => v / b[i]);
        const n = c.length - 1;
        const mansfield = (i: number) => (ratio[i] / sma(ratio, 126, i) - 1) * 100;
        const score = rating(c, b, 126);
        return score > 0 && mansfield(n) > mansfield(n - 5) && c[n] > sma(c, 50, n) ? [{ symbol, score }] : [];
      });
      expected.sort((x, y) => y.score - x.score);
      const rows = await scan(rsLeadersVsNifty, tasks);
      expect(rows.map((r) => r.symbol)).toEqual(expected.slice(0, 20).map((e) => e.symbol));
      rows.forEach((row, i) => {
        expect(row.columns.rs_rating).toBeCloseTo(expected[i].score, 2);
        expect(row.columns.rank).toBe(i + 1);
      });
      if (back === 0) expect(rows.length).toBeGreaterThan(3);
    }
  );
});

describe('Monthly breakout above 12-month high on the real series', () => {
  it('fires exactly on the days the close first clears the highest high of the 12 completed months before', async () => {
    const bars = 300;
    let fired = 0;
    for (const symbol of SYMBOLS.slice(0, 12)) {
      const candles = realCandles(symbol);
      const ends = Array.from({ length: 160 }, (_, k) => candles.time.length - k * 3).filter((end) => end >= bars);
      const tasks: BatchTask[] = ends.map((end) => ({
        symbol: `${symbol}~${end}`,
        exchange: 'NSE',
        interval: 'D',
        candles: packCandles(cut(candles, end, bars))
      }));
      const matched = new Set((await scan(monthlyBreakout, tasks)).map((row) => row.symbol));
      for (const end of ends) {
        const h = cut(candles, end, bars);
        const months = new Map<string, number>();
        h.time.forEach((time, i) => {
          const month = istDateOf(time * 1000).slice(0, 7);
          months.set(month, Math.max(months.get(month) ?? -Infinity, h.high[i]));
        });
        const highs = [...months.values()].slice(0, -1);
        const level = highs.length >= 12 ? Math.max(...highs.slice(-12)) : NaN;
        const n = h.close.length - 1;
        const expected = h.close[n] > level && h.close[n - 1] <= level;
        expect(matched.has(`${symbol}~${end}`), `${symbol} at ${istDateOf(h.time[n] * 1000)}`).toBe(expected);
        if (expected) fired++;
      }
    }
    expect(fired).toBeGreaterThan(3);
  });
});

describe('Sector leaders by 3-month RS on the real series', () => {
  it.each(CUTS)(
    '%i bars before the end: every stock beating NIFTY over 63 bars, with its industry, ranked by that RS',
    async (back) => {
      const { tasks, histories } = tasksAt(back, 120);
      const expected = [...histories]
        .map(([symbol, h]) => ({ symbol, score: rating(h.close, indexCloses(h.time), 63) }))
        .filter((e) => e.score > 0)
        .sort((x, y) => y.score - x.score);
      const rows = await scan(sectorLeaders, tasks);
      expect(rows.map((r) => r.symbol)).toEqual(expected.map((e) => e.symbol));
      for (const row of rows) expect(row.columns.industry).toBe(INDUSTRIES.get(row.symbol) ?? 'Unknown');
      expect(rows.length).toBeGreaterThan(3);
      expect(new Set(rows.map((r) => r.columns.industry)).size).toBeGreaterThan(2);
    }
  );
});
