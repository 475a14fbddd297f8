import type { CandleColumns } from './types.js';

/**
 * Field order of packed candles: one Float64Array holding each column end to end.
 * This is how candles cross to a worker (one transferable buffer) and into QuickJS.
 */
export const PACKED_FIELDS = ['time', 'open', 'high', 'low', 'close', 'volume', 'oi'] as const;

/** Candles packed into one buffer, with the bar count needed to read it back. */
export interface PackedCandles {
  bars: number;
  packed: Float64Array;
}

/** Lays the columns end to end in PACKED_FIELDS order. */
export function packCandles(candles: CandleColumns): PackedCandles {
  const bars = candles.time.length;
  const packed = new Float64Array(bars * PACKED_FIELDS.length);
  PACKED_FIELDS.forEach((field, i) => packed.set(candles[field], i * bars));
  return { bars, packed };
}

/** Views over a packed buffer as columns (no copy). */
export function unpackCandles({ bars, packed }: PackedCandles): CandleColumns {
  const column = (i: number) => packed.subarray(i * bars, (i + 1) * bars);
  return {
    time: column(0),
    open: column(1),
    high: column(2),
    low: column(3),
    close: column(4),
    volume: column(5),
    oi: column(6)
  };
}
