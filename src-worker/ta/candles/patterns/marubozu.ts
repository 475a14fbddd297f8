import { CandleAverage } from '../core/average.js';
import { candleColor, lowerShadow, realBody, upperShadow } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyLong, ShadowVeryShort, patternLookback } from '../core/settings.js';

/** Marubozu (long body, no or tiny shadows): `ta.CDLMARUBOZU(open, high, low, close)` → ±100 by colour, or 0. */
export const CDLMARUBOZU = candlePattern({
  name: 'CDLMARUBOZU',
  doc: 'Marubozu',
  lookback: patternLookback(0, BodyLong, ShadowVeryShort),
  scan(c, start, out) {
    const long = new CandleAverage(c, BodyLong, start);
    const tiny = new CandleAverage(c, ShadowVeryShort, start);
    for (let i = start; i < out.length; i++) {
      const marubozu =
        realBody(c, i) > long.value() && upperShadow(c, i) < tiny.value() && lowerShadow(c, i) < tiny.value();
      out[i] = marubozu ? candleColor(c, i) * 100 : 0;
      long.next();
      tiny.next();
    }
  }
});
