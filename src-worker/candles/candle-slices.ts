import { allocateCandles, CANDLE_FIELDS, type CandleColumns } from './types.js';

/**
 * The bars with `from <= time <= to` (epoch seconds), as views sharing memory with `candles`.
 * @example barsInRange(candles, 1743445800, Infinity)
 */
export function barsInRange(candles: CandleColumns, from: number, to: number): CandleColumns {
  let start = 0;
  while (start < candles.time.length && candles.time[start] < from) start++;
  let end = start;
  while (end < candles.time.length && candles.time[end] <= to) end++;
  const view = allocateCandles(0);
  for (const field of CANDLE_FIELDS) view[field] = candles[field].subarray(start, end);
  return view;
}

/**
 * `a` followed by `b`, in new arrays.
 * @example concatCandles(kept, tail)
 */
export function concatCandles(a: CandleColumns, b: CandleColumns): CandleColumns {
  const out = allocateCandles(a.time.length + b.time.length);
  for (const field of CANDLE_FIELDS) {
    out[field].set(a[field]);
    out[field].set(b[field], a.time.length);
  }
  return out;
}
