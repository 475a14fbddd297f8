/** What a candle setting measures on each candle. */
export type RangeType = 'RealBody' | 'HighLow' | 'Shadows';

/**
 * How TA-Lib decides that a body, a shadow or a distance is "long", "short",
 * "near"…: `factor` × the average `rangeType` of the `avgPeriod` candles
 * before the one being judged (or of that candle itself when `avgPeriod` is 0).
 */
export interface CandleSetting {
  readonly rangeType: RangeType;
  readonly avgPeriod: number;
  readonly factor: number;
}

const setting = (rangeType: RangeType, avgPeriod: number, factor: number): CandleSetting => ({
  rangeType,
  avgPeriod,
  factor
});

/** Real body longer than the average of the previous 10 bodies. */
export const BodyLong = setting('RealBody', 10, 1.0);
/** Real body longer than 3× the average of the previous 10 bodies. */
export const BodyVeryLong = setting('RealBody', 10, 3.0);
/** Real body shorter than the average of the previous 10 bodies. */
export const BodyShort = setting('RealBody', 10, 1.0);
/** Real body within 10% of the average high-low range of the previous 10 candles. */
export const BodyDoji = setting('HighLow', 10, 0.1);
/** Shadow longer than the candle's own real body. */
export const ShadowLong = setting('RealBody', 0, 1.0);
/** Shadow longer than twice the candle's own real body. */
export const ShadowVeryLong = setting('RealBody', 0, 2.0);
/** Shadow shorter than half the average sum of shadows of the previous 10 candles. */
export const ShadowShort = setting('Shadows', 10, 1.0);
/** Shadow shorter than 10% of the average high-low range of the previous 10 candles. */
export const ShadowVeryShort = setting('HighLow', 10, 0.1);
/** Distance within 20% of the average high-low range of the previous 5 candles. */
export const Near = setting('HighLow', 5, 0.2);
/** Distance of at least 60% of the average high-low range of the previous 5 candles. */
export const Far = setting('HighLow', 5, 0.6);
/** Distance within 5% of the average high-low range of the previous 5 candles. */
export const Equal = setting('HighLow', 5, 0.05);

/** The lookback of a pattern spanning `extraCandles` candles before the signal bar, using `settings`. */
export const patternLookback = (extraCandles: number, ...settings: CandleSetting[]): number =>
  Math.max(0, ...settings.map((s) => s.avgPeriod)) + extraCandles;
