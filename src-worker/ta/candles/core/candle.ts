/** One OHLC series set, oldest → newest (arrays may be views into larger buffers). */
export interface Candles {
  readonly open: Float64Array;
  readonly high: Float64Array;
  readonly low: Float64Array;
  readonly close: Float64Array;
}

export const realBody = (c: Candles, i: number): number => Math.abs(c.close[i] - c.open[i]);

export const bodyTop = (c: Candles, i: number): number => Math.max(c.open[i], c.close[i]);

export const bodyBottom = (c: Candles, i: number): number => Math.min(c.open[i], c.close[i]);

export const upperShadow = (c: Candles, i: number): number =>
  c.high[i] - (c.close[i] >= c.open[i] ? c.close[i] : c.open[i]);

export const lowerShadow = (c: Candles, i: number): number =>
  (c.close[i] >= c.open[i] ? c.open[i] : c.close[i]) - c.low[i];

export const highLowRange = (c: Candles, i: number): number => c.high[i] - c.low[i];

/** 1 for a white (close ≥ open) candle, -1 for a black one; a flat candle counts as white. */
export const candleColor = (c: Candles, i: number): 1 | -1 => (c.close[i] >= c.open[i] ? 1 : -1);

/** Candle `i`'s real body lies entirely above candle `j`'s. */
export const realBodyGapUp = (c: Candles, i: number, j: number): boolean => bodyBottom(c, i) > bodyTop(c, j);

/** Candle `i`'s real body lies entirely below candle `j`'s. */
export const realBodyGapDown = (c: Candles, i: number, j: number): boolean => bodyTop(c, i) < bodyBottom(c, j);

/** Candle `i` trades entirely above candle `j`. */
export const candleGapUp = (c: Candles, i: number, j: number): boolean => c.low[i] > c.high[j];

/** Candle `i` trades entirely below candle `j`. */
export const candleGapDown = (c: Candles, i: number, j: number): boolean => c.high[i] < c.low[j];
