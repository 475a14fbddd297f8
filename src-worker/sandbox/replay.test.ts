import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realCandles } from '../../tests/fixtures/real-candles.js';
import { realNiftyIndex } from '../../tests/fixtures/real-index.js';
import { packCandles } from '../candles/packed.js';
import { lastBars, type CandleColumns } from '../candles/types.js';
import { parseScannerHeader } from '../contract/scanner-header.js';
import { resolveParameters } from '../contract/parameters.js';
import { SCANNER_TEMPLATES } from '../templates/index.js';
import { defaultSandboxLimits } from './limits.js';
import type { SymbolOutcome } from './outcome.js';
import { ScannerSandbox, type SymbolTask } from './scanner-sandbox.js';

/** About three years of one real series: long enough for every template's lookback and a 12-month-high breakout. */
const HISTORY = lastBars(realCandles('RELIANCE'), 700);
/** With NIFTY as its benchmark (templates that rank by relative strength read it) and its industry. */
const FULL: SymbolTask = {
  symbol: 'RELIANCE',
  exchange: 'NSE',
  interval: 'D',
  candles: packCandles(HISTORY),
  benchmark: packCandles(realNiftyIndex()),
  industry: 'Oil Gas & Consumable Fuels'
};

let sandbox: ScannerSandbox;
beforeAll(async () => {
  sandbox = await ScannerSandbox.create(defaultSandboxLimits);
});
afterAll(() => sandbox.dispose());

/** The history cut after bar t, as a plain scan would receive it. */
function cutAt(t: number): SymbolTask {
  const cut = Object.fromEntries(
    Object.entries(HISTORY).map(([field, column]) => [field, column.subarray(0, t + 1)])
  ) as unknown as CandleColumns;
  return { ...FULL, candles: packCandles(cut) };
}

/** A small deterministic generator so a failure names a reproducible cut point. */
function randomCuts(seed: number, count: number, min: number, max: number): number[] {
  let state = seed;
  const cuts: number[] = [];
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    cuts.push(min + (state % (max - min + 1)));
  }
  return cuts.sort((a, b) => a - b);
}

/** Every bar's replayed outcome, resuming after a bar that throws. */
function replayAll(from: number, to: number, paramsJson: string): SymbolOutcome[] {
  const outcomes: SymbolOutcome[] = [];
  while (from + outcomes.length <= to) outcomes.push(...sandbox.replay(FULL, from + outcomes.length, to, paramsJson));
  return outcomes;
}

const comparable = (outcome: SymbolOutcome) =>
  outcome.kind === 'error'
    ? { kind: 'error', message: outcome.message, line: outcome.line }
    : {
        kind: 'result',
        match: outcome.match,
        signal: outcome.signal,
        columns: outcome.columns,
        formats: outcome.formats,
        barTime: outcome.barTime
      };

describe('replay without look-ahead', () => {
  it.each(SCANNER_TEMPLATES.map((template) => [template.id, template] as const))(
    '%s: the outcome at t equals a plain scan of the history cut at t',
    (id, template) => {
      const header = parseScannerHeader(template.source);
      if ('error' in header) throw new Error(header.error);
      const params = resolveParameters(header.data.parameters, {});
      if ('error' in params) throw new Error(params.error);
      const paramsJson = JSON.stringify(params.data);
      const compiled = sandbox.compile(template.source);
      expect(compiled).toEqual({ ok: true });
      const replayed = replayAll(0, HISTORY.time.length - 1, paramsJson);
      expect(replayed).toHaveLength(HISTORY.time.length);
      const cuts = [0, 1, ...randomCuts(id.length * 7919, 12, 2, HISTORY.time.length - 1)];
      for (const t of cuts) {
        expect(comparable(replayed[t]), `${id} at bar ${t}`).toEqual(comparable(sandbox.run(cutAt(t), paramsJson)));
      }
      // A template that never matches over two years would prove little.
      expect(
        replayed.some((outcome) => outcome.kind === 'result' && outcome.match),
        `${id} matches somewhere`
      ).toBe(true);
    }
  );
});

describe('replay mechanics', () => {
  const T = HISTORY.time.length - 1;
  const compile = (source: string) => expect(sandbox.compile(source)).toEqual({ ok: true });

  const EMA_RSI =
    'const fast = ta.EMA(close, 9); const slow = ta.EMA(close, 21); const r = ta.RSI(fast, 14);\nreturn last(fast) > last(slow) && last(r) > 50 ? { signal: "BUY" } : null;';

  it('computes each indicator once per symbol and serves its prefixes without asking the host again', () => {
    compile(EMA_RSI);
    const outcomes = sandbox.replay(FULL, 300, T, '{}');
    expect(outcomes).toHaveLength(T - 300 + 1);
    expect(sandbox.lastReplayMemo).toEqual({ computed: 3, answered: 3 });
  });

  it('for a scanner that may write into arrays, the host checks every input before serving the memo', () => {
    compile(`const mine = new Float64Array(2); mine[0] = 1;\n${EMA_RSI}`);
    const outcomes = sandbox.replay(FULL, 300, T, '{}');
    expect(sandbox.lastReplayMemo).toEqual({ computed: 3, answered: 3 * outcomes.length });
  });

  it('a scanner that writes into its inputs gets what a plain scan would, not a stale memo', () => {
    compile(
      'close[close.length - 1] = 1; const s = ta.SMA(close, 3); s[s.length - 1] += 1;\nreturn { signal: "BUY", metrics: { s: last(s), e: last(ta.EMA(s, 2)), h: highest(high, 3) } };'
    );
    const replayed = sandbox.replay(FULL, 200, 260, '{}');
    for (const t of [200, 231, 260])
      expect(comparable(replayed[t - 200])).toEqual(comparable(sandbox.run(cutAt(t), '{}')));
    // Only the untouched high-independent call could come from the memo; the written ones ran as usual.
    expect(sandbox.lastReplayMemo.computed).toBeLessThanOrEqual(1);
  });

  it('nothing after t is reachable, not even through the buffer behind a series', () => {
    compile(
      'const all = new Float64Array(close.buffer); const r = ta.RSI(close); return { signal: "BUY", metrics: { seen: all.length, rsiSeen: new Float64Array(r.buffer).length } };'
    );
    const [first] = sandbox.replay(FULL, 99, 99, '{}');
    expect(first).toMatchObject({ match: true, columns: { seen: 7 * 100, rsiSeen: 100 } });
  });

  it.each([
    ['by name', 'const o = open;'],
    ['through eval', "const o = eval('op' + 'en');"],
    ['through arguments', 'const o = arguments[0];'],
    ['through an escaped name', 'const o = \\u006fpen;']
  ])('a field the scanner reaches only %s is there at every bar, as in a plain scan', (_, reach) => {
    compile(
      `${reach} return { signal: 'SEEN', metrics: { open: last(o), bars: o.length, closeBuffer: new Float64Array(close.buffer).length } };`
    );
    const replayed = sandbox.replay(FULL, 120, 125, '{}');
    expect(replayed.map(comparable)).toEqual(
      [120, 121, 122, 123, 124, 125].map((t) => comparable(sandbox.run(cutAt(t), '{}')))
    );
    expect(replayed[0]).toMatchObject({ columns: { open: HISTORY.open[120], bars: 121, closeBuffer: 7 * 121 } });
  });

  it("a bar that throws is that bar's error and the replay goes on at the next bar", () => {
    compile('if (close.length % 2 === 0) throw new Error("even " + close.length);\nreturn { signal: "BUY" };');
    const first = sandbox.replay(FULL, 10, 20, '{}');
    expect(first.map((o) => o.kind)).toEqual(['result', 'error']);
    expect(first[1]).toMatchObject({ message: 'Error: even 12', line: 1 });
    expect(sandbox.replay(FULL, 12, 20, '{}')[0]).toMatchObject({
      kind: 'result',
      match: true,
      barTime: HISTORY.time[12]
    });
  });

  it('a runaway bar hits the time limit of one bar, not of the whole replay', () => {
    compile('if (close.length === 150) { while (true) {} }\nreturn null;');
    const outcomes = sandbox.replay(FULL, 140, 160, '{}');
    // Bar 149 is the one with 150 bars: the tenth from 140, and the last the call reached.
    expect(outcomes).toHaveLength(10);
    expect(outcomes[9]).toMatchObject({ kind: 'error', message: expect.stringMatching(/time limit/) });
    expect(sandbox.replay(FULL, 150, 152, '{}').map((o) => o.kind)).toEqual(['result', 'result', 'result']);
  });
});
