import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realCandles } from '../../tests/fixtures/real-candles.js';
import { packCandles } from '../candles/packed.js';
import { lastBars, type CandleColumns } from '../candles/types.js';
import { defaultSandboxLimits } from '../sandbox/limits.js';
import type { SymbolOutcome } from '../sandbox/outcome.js';
import { ScannerSandbox, type SymbolTask } from '../sandbox/scanner-sandbox.js';

/** RELIANCE stands in as the index: a real series with its own trading days. */
const INDEX = lastBars(realCandles('RELIANCE'), 300);
const HISTORY = lastBars(realCandles('HDFCBANK'), 320);
const task = (history: CandleColumns): SymbolTask => ({
  symbol: 'HDFCBANK',
  exchange: 'NSE',
  interval: 'D',
  candles: packCandles(history),
  benchmark: packCandles(INDEX)
});
const cut = (t: number) =>
  task(
    Object.fromEntries(Object.entries(HISTORY).map(([f, c]) => [f, c.subarray(0, t + 1)])) as unknown as CandleColumns
  );

const SCANNER = `
const b = benchmark;
AddColumn('aligned', b.close.length === close.length);
AddColumn('firstBench', b.close[0]);
AddColumn('benchClose', last(b.close));
AddColumn('benchTime', last(b.time));
AddColumn('ratio', last(rs(close, b.close)));
AddColumn('rating', rsRating(close, b.close, 20));
AddColumn('mansfield', last(mansfieldRS(close, b.close, 50)));
Filter = rsRating(close, b.close, 20) > 0;
`;

let sandbox: ScannerSandbox;
beforeAll(async () => {
  sandbox = await ScannerSandbox.create(defaultSandboxLimits);
});
afterAll(() => sandbox.dispose());
const resultOf = (outcome: SymbolOutcome) => {
  if (outcome.kind !== 'result') throw new Error(outcome.message);
  return outcome;
};

describe('benchmark and relative strength inside a scanner', () => {
  it('aligns the index to the symbol bars and computes rs, rsRating and mansfieldRS by their formulas', () => {
    expect(sandbox.compile(`${SCANNER}\nFilter = true;`)).toEqual({ ok: true });
    const { columns } = resultOf(sandbox.run(task(HISTORY), '{}'));
    const n = HISTORY.close.length;
    const j = INDEX.time.findLastIndex((t) => t <= HISTORY.time[n - 1]);
    const c = HISTORY.close;
    const b = Float64Array.from(HISTORY.time, (time) => {
      const k = INDEX.time.findLastIndex((t) => t <= time);
      return k < 0 ? NaN : INDEX.close[k];
    });
    const ratio = Array.from(c, (v, i) => v / b[i]);
    const sma50 = ratio.slice(n - 50).reduce((s, v) => s + v, 0) / 50;
    expect(columns).toMatchObject({
      aligned: true,
      firstBench: null,
      benchClose: INDEX.close[j],
      benchTime: INDEX.time[j]
    });
    expect(columns.ratio).toBeCloseTo(c[n - 1] / b[n - 1], 12);
    expect(columns.rating).toBeCloseTo((c[n - 1] / c[n - 21] / (b[n - 1] / b[n - 21]) - 1) * 100, 9);
    expect(columns.mansfield).toBeCloseTo((ratio[n - 1] / sma50 - 1) * 100, 9);
  });

  it('is null without a benchmark', () => {
    expect(sandbox.compile("AddColumn('none', benchmark === null); Filter = true;")).toEqual({ ok: true });
    expect(resultOf(sandbox.run({ ...task(HISTORY), benchmark: null }, '{}')).columns).toEqual({ none: true });
  });

  it('replays without look-ahead: the outcome at t equals a plain scan of the history cut at t', () => {
    expect(sandbox.compile(SCANNER)).toEqual({ ok: true });
    const from = 40;
    const to = HISTORY.time.length - 1;
    const replayed = sandbox.replay(task(HISTORY), from, to, '{}');
    expect(replayed).toHaveLength(to - from + 1);
    const matches = replayed.filter((o) => resultOf(o).match).length;
    expect(matches).toBeGreaterThan(20);
    expect(matches).toBeLessThan(replayed.length - 20);
    let state = 11;
    for (let k = 0; k < 40; k++) {
      state = (state * 1103515245 + 12345) % 2147483648;
      const t = from + (state % (to - from + 1));
      const plain = resultOf(sandbox.run(cut(t), '{}'));
      const replay = resultOf(replayed[t - from]);
      expect({ t, match: replay.match, columns: replay.columns }).toEqual({
        t,
        match: plain.match,
        columns: plain.columns
      });
    }
  });
});
