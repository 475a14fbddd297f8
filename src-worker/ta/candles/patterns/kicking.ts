import { CandleAverage } from '../core/average.js';
import {
  candleColor,
  candleGapDown,
  candleGapUp,
  lowerShadow,
  realBody,
  upperShadow,
  type Candles
} from '../core/candle.js';
import { candlePattern, type PatternDefinition } from '../core/pattern.js';
import { BodyLong, ShadowVeryShort, patternLookback } from '../core/settings.js';

/**
 * Scans for two opposite marubozu with a gap between their ranges, writing `code(c, i)` on each match.
 */
function kickingScan(code: (c: Candles, i: number) => number): PatternDefinition['scan'] {
  return (c, start, out) => {
    const firstLong = new CandleAverage(c, BodyLong, start - 1);
    const secondLong = new CandleAverage(c, BodyLong, start);
    const firstTiny = new CandleAverage(c, ShadowVeryShort, start - 1);
    const secondTiny = new CandleAverage(c, ShadowVeryShort, start);
    for (let i = start; i < out.length; i++) {
      const first = candleColor(c, i - 1);
      const kicking =
        first === -candleColor(c, i) &&
        realBody(c, i - 1) > firstLong.value() &&
        upperShadow(c, i - 1) < firstTiny.value() &&
        lowerShadow(c, i - 1) < firstTiny.value() &&
        realBody(c, i) > secondLong.value() &&
        upperShadow(c, i) < secondTiny.value() &&
        lowerShadow(c, i) < secondTiny.value() &&
        ((first === -1 && candleGapUp(c, i, i - 1)) || (first === 1 && candleGapDown(c, i, i - 1)));
      out[i] = kicking ? code(c, i) : 0;
      firstLong.next();
      secondLong.next();
      firstTiny.next();
      secondTiny.next();
    }
  };
}

/** Kicking (a marubozu, then an opposite marubozu gapping away): `ta.CDLKICKING(open, high, low, close)` → ±100 (colour of the second), or 0. */
export const CDLKICKING = candlePattern({
  name: 'CDLKICKING',
  doc: 'Kicking',
  lookback: patternLookback(1, ShadowVeryShort, BodyLong),
  scan: kickingScan((c, i) => candleColor(c, i) * 100)
});

/** Kicking, signed by the longer of the two marubozu: `ta.CDLKICKINGBYLENGTH(open, high, low, close)` → ±100 or 0. */
export const CDLKICKINGBYLENGTH = candlePattern({
  name: 'CDLKICKINGBYLENGTH',
  doc: 'Kicking - bull/bear determined by the longer marubozu',
  lookback: patternLookback(1, ShadowVeryShort, BodyLong),
  scan: kickingScan((c, i) => candleColor(c, realBody(c, i) > realBody(c, i - 1) ? i : i - 1) * 100)
});
