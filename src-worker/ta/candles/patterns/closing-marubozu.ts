import { CandleAverage } from '../core/average.js';
import { candleColor, lowerShadow, realBody, upperShadow } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyLong, ShadowVeryShort, patternLookback } from '../core/settings.js';

/** Closing marubozu (long body closing on its extreme: no shadow at the close): `ta.CDLCLOSINGMARUBOZU(open, high, low, close)` → ±100 by colour, or 0. */
export const CDLCLOSINGMARUBOZU = candlePattern({
  name: 'CDLCLOSINGMARUBOZU',
  doc: 'Closing Marubozu',
  lookback: patternLookback(0, BodyLong, ShadowVeryShort),
  scan(c, start, out) {
    const long = new CandleAverage(c, BodyLong, start);
    const tiny = new CandleAverage(c, ShadowVeryShort, start);
    for (let i = start; i < out.length; i++) {
      const color = candleColor(c, i);
      const closingShadow = color === 1 ? upperShadow(c, i) : lowerShadow(c, i);
      out[i] = realBody(c, i) > long.value() && closingShadow < tiny.value() ? color * 100 : 0;
      long.next();
      tiny.next();
    }
  }
});
