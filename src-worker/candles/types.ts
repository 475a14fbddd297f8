/** Epoch seconds (UTC). Branded so it is never mixed up with milliseconds. */
export type EpochSeconds = number & { readonly __brand: 'EpochSeconds' };

/**
 * Candles held column by column, oldest → newest: the layout the engine,
 * the caches and the wire format share.
 */
export interface CandleColumns {
  time: Float64Array;
  open: Float64Array;
  high: Float64Array;
  low: Float64Array;
  close: Float64Array;
  volume: Float64Array;
  oi: Float64Array;
}

export const CANDLE_FIELDS = ['time', 'open', 'high', 'low', 'close', 'volume', 'oi'] as const;
export type CandleField = (typeof CANDLE_FIELDS)[number];

/** Allocates empty columns for `length` bars. */
export function allocateCandles(length: number): CandleColumns {
  return {
    time: new Float64Array(length),
    open: new Float64Array(length),
    high: new Float64Array(length),
    low: new Float64Array(length),
    close: new Float64Array(length),
    volume: new Float64Array(length),
    oi: new Float64Array(length)
  };
}

/** The last `count` bars (all of them when there are fewer), sharing memory. */
export function lastBars(candles: CandleColumns, count: number): CandleColumns {
  const start = Math.max(0, candles.time.length - count);
  return {
    time: candles.time.subarray(start),
    open: candles.open.subarray(start),
    high: candles.high.subarray(start),
    low: candles.low.subarray(start),
    close: candles.close.subarray(start),
    volume: candles.volume.subarray(start),
    oi: candles.oi.subarray(start)
  };
}
