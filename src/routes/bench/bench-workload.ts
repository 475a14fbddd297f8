/**
 * The engine benchmark's workload, shared by the Node bench (tests/bench) and the
 * browser bench page so both scan exactly the same symbols.
 */
import { packCandles } from '../../../src-worker/candles/packed.js';
import type { CandleColumns } from '../../../src-worker/candles/types.js';
import type { BatchTask } from '../../../src-worker/engine/engine-api.js';

/** The reference scanner: a 10/20 EMA crossover with an RSI(14) filter and three columns. */
export const BENCH_SCANNER = `const fast = ta.EMA(close, 10), slow = ta.EMA(close, 20), rsi = ta.RSI(close, 14);
Filter = last(fast) > last(slow) && last(rsi) > 50;
AddColumn('Close', close, '1.2'); AddColumn('RSI', rsi, '1.1'); AddColumn('EMA spread %', (last(fast) - last(slow)) / last(slow) * 100, '1.2');
`;

export const BENCH_SYMBOLS = 2000;
export const BENCH_BARS = 250;

/** One real daily series, whole. */
export interface RealSeries {
  symbol: string;
  candles: CandleColumns;
}

/** A view of `bars` bars ending before bar `end` (no copy). */
function barWindow(candles: CandleColumns, end: number, bars: number): CandleColumns {
  const cut = (column: Float64Array) => column.subarray(end - bars, end);
  return {
    time: cut(candles.time),
    open: cut(candles.open),
    high: cut(candles.high),
    low: cut(candles.low),
    close: cut(candles.close),
    volume: cut(candles.volume),
    oi: cut(candles.oi)
  };
}

/**
 * Real 250-bar windows cut from the series at offsets spread evenly over each
 * series (newest window first), taken round-robin across the series so every
 * slice is real and no two are the same. Each is named after its series and the
 * bar it ends before; the columns are views of the series (no copy).
 * @example benchSlices([{ symbol: 'INFY', candles }], 3) // of 1,241 bars: 'INFY@1241', 'INFY@745', 'INFY@250'
 */
export function benchSlices(series: readonly RealSeries[], count = BENCH_SYMBOLS, bars = BENCH_BARS): RealSeries[] {
  const usable = series.filter((s) => s.candles.time.length >= bars);
  if (usable.length === 0) throw new Error(`no series has ${bars} bars`);
  const windowsPerSeries = Math.ceil(count / usable.length);
  return Array.from({ length: count }, (_, i) => {
    const { symbol, candles } = usable[i % usable.length];
    const length = candles.time.length;
    const windowIndex = Math.floor(i / usable.length);
    const end = length - Math.round((windowIndex * (length - bars)) / Math.max(1, windowsPerSeries - 1));
    return { symbol: `${symbol}@${end}`, candles: barWindow(candles, end, bars) };
  });
}

/**
 * The benchmark's symbols as scan tasks: `benchSlices` packed. Each call packs
 * fresh buffers, because a scan transfers them to the workers.
 * @example benchTasks([{ symbol: 'INFY', candles }]) // 2,000 tasks named 'INFY@1240', 'INFY@1226', …
 */
export function benchTasks(series: readonly RealSeries[], count = BENCH_SYMBOLS, bars = BENCH_BARS): BatchTask[] {
  return benchSlices(series, count, bars).map(({ symbol, candles }) => ({
    symbol,
    exchange: 'NSE',
    interval: 'D',
    candles: packCandles(candles)
  }));
}
