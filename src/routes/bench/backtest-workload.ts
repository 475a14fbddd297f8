/**
 * The backtest benchmark's workload, shared by the Node bench (tests/bench) and the
 * browser bench page (/bench/backtest) so both replay exactly the same symbols and bars.
 */
import { packCandles } from '../../../src-worker/candles/packed.js';
import type { CandleColumns } from '../../../src-worker/candles/types.js';
import type { BatchTask } from '../../../src-worker/engine/engine-api.js';
import type { RealSeries } from './bench-workload.js';

/** Bars of warm-up history before the first signal bar (the reference scanner needs ~35). */
export const BACKTEST_LOOKBACK = 100;
export const BACKTEST_BARS = 250;
export const BACKTEST_HORIZON = 20;
export const BACKTEST_HORIZONS = [1, 5, 10, BACKTEST_HORIZON] as const;
/** NIFTY 500 from 50 real series: each series ten times, each with a different length of earlier history. */
export const BACKTEST_SYMBOLS = 500;

export interface BacktestWorkload {
  /** Fresh tasks each call: a pool run transfers their buffers. */
  tasks: (count?: number) => BatchTask[];
  fromTime: number;
  toTime: number;
}

const window = (candles: CandleColumns, start: number, end: number): CandleColumns =>
  Object.fromEntries(
    Object.entries(candles).map(([field, column]) => [field, column.subarray(start, end)])
  ) as unknown as CandleColumns;

/**
 * One year of daily signal bars (the 250 bars before the last 20 of the shared
 * series) for 500 symbols built from the real series: every copy of a series
 * starts its history 100 + 15·k bars before the year, so no two replay the same history.
 */
export function backtestWorkload(series: readonly RealSeries[]): BacktestWorkload {
  const longest = series.reduce((a, b) => (b.candles.time.length > a.candles.time.length ? b : a));
  const times = longest.candles.time;
  const fromTime = times[times.length - BACKTEST_HORIZON - BACKTEST_BARS];
  const toTime = times[times.length - BACKTEST_HORIZON - 1];
  const copies = Math.ceil(BACKTEST_SYMBOLS / series.length);
  const tasks = (count = BACKTEST_SYMBOLS) =>
    Array.from({ length: count }, (_, i) => {
      const { symbol, candles } = series[i % series.length];
      const copy = Math.floor(i / series.length) % copies;
      const first = candles.time.findIndex((time) => time >= fromTime);
      const start = Math.max(0, first - BACKTEST_LOOKBACK - 15 * copy);
      return {
        symbol: `${symbol}~${copy}`,
        exchange: 'NSE',
        interval: 'D',
        candles: packCandles(window(candles, start, candles.time.length))
      };
    });
  return { tasks, fromTime, toTime };
}
