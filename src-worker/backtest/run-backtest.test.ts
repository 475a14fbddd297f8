import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realCandles } from '../../tests/fixtures/real-candles.js';
import { packCandles } from '../candles/packed.js';
import { lastBars, type CandleColumns } from '../candles/types.js';
import type { BatchTask } from '../engine/engine-api.js';
import { ScanPool } from '../pool/scan-pool.js';
import { defaultSandboxLimits } from '../sandbox/limits.js';
import { ScannerSandbox } from '../sandbox/scanner-sandbox.js';
import { forwardOutcome } from './forward-returns.js';
import { runBacktest, type BacktestResult } from './run-backtest.js';

const SCANNER = `const fast = ta.EMA(close, 10), slow = ta.EMA(close, 20), rsi = ta.RSI(close, 14);
Filter = crossover(fast, slow) && last(rsi) > 50; signal_type = "BUY";
AddColumn('RSI', rsi, '1.1');`;
const SYMBOLS = ['INFY', 'TCS', 'SBIN', 'ITC'];
const HORIZONS = [1, 5, 20];
const HISTORIES = new Map(SYMBOLS.map((symbol) => [symbol, lastBars(realCandles(symbol), 400)]));
const BENCHMARK = lastBars(realCandles('RELIANCE'), 400);
const times = HISTORIES.get('INFY')!.time;
/** The last 150 bars, the newest ten of which cannot reach the 20-bar horizon. */
const FROM = times[times.length - 150];
const TO = times[times.length - 1];

const tasks = (): BatchTask[] =>
  SYMBOLS.map((symbol) => ({ symbol, exchange: 'NSE', interval: 'D', candles: packCandles(HISTORIES.get(symbol)!) }));
const cut = (candles: CandleColumns, t: number): BatchTask['candles'] =>
  packCandles(
    Object.fromEntries(Object.entries(candles).map(([k, c]) => [k, c.subarray(0, t + 1)])) as unknown as CandleColumns
  );

let pool: ScanPool;
let sandbox: ScannerSandbox;
let result: BacktestResult;
beforeAll(async () => {
  pool = new ScanPool({ size: 2 });
  sandbox = await ScannerSandbox.create(defaultSandboxLimits);
  result = await runBacktest(pool, {
    source: SCANNER,
    symbols: tasks(),
    fromTime: FROM,
    toTime: TO,
    horizons: HORIZONS,
    benchmark: BENCHMARK
  });
});
afterAll(() => {
  pool.close();
  sandbox.dispose();
});

describe('a backtest in the pool', () => {
  it('evaluates every bar in the window of every symbol', () => {
    expect(result.status).toBe('completed');
    const inWindow = (candles: CandleColumns) => candles.time.filter((time) => time >= FROM && time <= TO).length;
    expect(result.stats.evaluations).toBe(SYMBOLS.reduce((sum, symbol) => sum + inWindow(HISTORIES.get(symbol)!), 0));
    expect(result.stats).toMatchObject({ symbols: 4, errors: 0, workers: 2 });
    expect(result.events.length).toBeGreaterThan(3);
  });

  it('fires exactly where a plain scan of the history cut at each bar matches', () => {
    expect(sandbox.compile(SCANNER)).toEqual({ ok: true });
    const candles = HISTORIES.get('SBIN')!;
    const plain: number[] = [];
    for (let t = 0; t < candles.time.length; t++) {
      if (candles.time[t] < FROM) continue;
      const outcome = sandbox.run({ symbol: 'SBIN', exchange: 'NSE', interval: 'D', candles: cut(candles, t) }, '{}');
      if (outcome.kind === 'result' && outcome.match) plain.push(outcome.barTime!);
    }
    expect(result.events.filter((e) => e.symbol === 'SBIN').map((e) => e.barTime)).toEqual(plain);
  });

  it('gives each event its forward returns, and excess over the benchmark on the same bars', () => {
    for (const event of result.events) {
      const candles = HISTORIES.get(event.symbol)!;
      const t = candles.time.indexOf(event.barTime);
      const { returns, mfe, mae, entry } = forwardOutcome(candles, t, HORIZONS, event.signal);
      expect({ returns: event.returns, mfe: event.mfe, mae: event.mae, entry: event.entry }).toEqual({
        returns,
        mfe,
        mae,
        entry
      });
      const b = BENCHMARK.time.indexOf(candles.time[t + 1]);
      const e = BENCHMARK.time.indexOf(candles.time[t + 5]);
      if (returns['5'] !== null && b >= 0 && e >= 0) {
        expect(event.excess!['5']).toBeCloseTo(returns['5'] - (BENCHMARK.close[e] / BENCHMARK.open[b] - 1) * 100, 10);
      }
    }
    expect(result.summary.horizons['20'].events).toBeLessThan(result.summary.horizons['1'].events + 1);
    expect(result.summary.horizons['5'].meanExcess).not.toBeUndefined();
  });

  it('counts hits per IST date over every evaluated date', () => {
    const dates = new Set(
      Array.from(
        times.filter((time) => time >= FROM),
        (time) => new Date((time + 19_800) * 1000).toISOString().slice(0, 10)
      )
    );
    expect(result.hitsPerDay.map((d) => d.date)).toEqual([...dates].sort());
    expect(result.hitsPerDay.reduce((sum, d) => sum + d.hits, 0)).toBe(result.events.length);
    expect(result.hitsPerDay.every((d) => typeof d.benchmarkClose === 'number')).toBe(true);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const cancelled = await runBacktest(pool, {
      source: SCANNER,
      symbols: tasks(),
      fromTime: FROM,
      toTime: TO,
      horizons: HORIZONS,
      signal: controller.signal
    });
    expect(cancelled.status).toBe('cancelled');
  });

  it('lists a scanner failing on many bars once per symbol, with the bar count', async () => {
    const failing = await runBacktest(pool, {
      source: 'if (close.length % 3 === 0) throw new Error("every third bar");\nreturn null;',
      symbols: tasks().slice(0, 1),
      fromTime: FROM,
      toTime: TO,
      horizons: HORIZONS
    });
    expect(failing.errors).toEqual([
      {
        symbol: 'INFY',
        exchange: 'NSE',
        message: 'Error: every third bar',
        line: 1,
        column: expect.any(Number),
        bars: 50
      }
    ]);
  });
});
