import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realCandles } from '../../tests/fixtures/real-candles.js';
import { packCandles } from '../candles/packed.js';
import { lastBars, type CandleColumns } from '../candles/types.js';
import { defaultSandboxLimits } from '../sandbox/limits.js';
import type { SymbolOutcome } from '../sandbox/outcome.js';
import { ScannerSandbox, type SymbolTask } from '../sandbox/scanner-sandbox.js';
import { runTaFunction } from '../ta/run-ta-function.js';
import { taFunctions } from '../ta/index.js';
import { referenceResample } from './reference-resample.js';

const HISTORY = lastBars(realCandles('TCS'), 400);
const FULL: SymbolTask = { symbol: 'TCS', exchange: 'NSE', interval: 'D', candles: packCandles(HISTORY) };
const cutAt = (t: number): SymbolTask => ({
  ...FULL,
  candles: packCandles(
    Object.fromEntries(Object.entries(HISTORY).map(([f, c]) => [f, c.subarray(0, t + 1)])) as unknown as CandleColumns
  )
});

const WEEKLY_SCANNER = `
const w = tf('W');
const m = tf('M');
AddColumn('weeks', w.close.length);
AddColumn('weekOpen', last(w.open));
AddColumn('weekHigh', last(w.high));
AddColumn('weekVolume', last(w.volume));
AddColumn('weekTime', last(w.time));
AddColumn('weekEma10', last(ta.EMA(w.close, 10)));
AddColumn('monthHigh', last(m.high));
AddColumn('sameObject', tf('W') === w);
Filter = last(w.close) > last(ta.EMA(w.close, 10));
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

describe('tf() inside a scanner', () => {
  it('returns the visible bars resampled, usable by ta, and the same object on a second call', () => {
    expect(sandbox.compile(`${WEEKLY_SCANNER}\nFilter = true;`)).toEqual({ ok: true });
    const { columns } = resultOf(sandbox.run(FULL, '{}'));
    const weeks = referenceResample(HISTORY, 'W');
    const n = weeks.close.length;
    const ema = runTaFunction(taFunctions.get('EMA')!, [weeks.close], [10])[0];
    expect(columns).toMatchObject({
      weeks: n,
      weekOpen: weeks.open[n - 1],
      weekHigh: weeks.high[n - 1],
      weekVolume: weeks.volume[n - 1],
      weekTime: weeks.time[n - 1],
      weekEma10: ema[n - 1],
      monthHigh: referenceResample(HISTORY, 'M').high.at(-1),
      sameObject: true
    });
  });

  it('replays without look-ahead: the outcome at t equals a plain scan of the history cut at t', () => {
    expect(sandbox.compile(WEEKLY_SCANNER)).toEqual({ ok: true });
    const from = 60;
    const to = HISTORY.time.length - 1;
    const replayed = sandbox.replay(FULL, from, to, '{}');
    expect(replayed).toHaveLength(to - from + 1);
    const matches = replayed.filter((outcome) => resultOf(outcome).match).length;
    expect(matches).toBeGreaterThan(20);
    expect(matches).toBeLessThan(replayed.length - 20);
    let state = 7;
    for (let k = 0; k < 40; k++) {
      state = (state * 1103515245 + 12345) % 2147483648;
      const t = from + (state % (to - from + 1));
      const plain = resultOf(sandbox.run(cutAt(t), '{}'));
      const replay = resultOf(replayed[t - from]);
      expect({ t, match: replay.match, columns: replay.columns, barTime: replay.barTime }).toEqual({
        t,
        match: plain.match,
        columns: plain.columns,
        barTime: plain.barTime
      });
    }
  });

  it('names the line of an interval it cannot build from the scan bars', () => {
    expect(sandbox.compile("const a = 1;\nconst x = tf('15m');\nFilter = true;")).toEqual({ ok: true });
    const outcome = sandbox.run(FULL, '{}');
    expect(outcome).toMatchObject({ kind: 'error', line: 2 });
    expect(outcome.kind === 'error' && outcome.message).toMatch(/tf\('15m'\): 15m is shorter than the scan's D bars/);
  });
});
