import { CandleAverage } from '../core/average.js';
import { candleColor, lowerShadow, realBody, upperShadow } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyLong, ShadowVeryShort, patternLookback } from '../core/settings.js';

/** Belt-hold (long body opening on its extreme: no shadow at the open): `ta.CDLBELTHOLD(open, high, low, close)` → ±100 by colour, or 0. */
export const CDLBELTHOLD = candlePattern({
  name: 'CDLBELTHOLD',
  doc: 'Belt-hold',
  lookback: patternLookback(0, BodyLong, ShadowVeryShort),
  scan(c, start, out) {
    const long = new CandleAverage(c, BodyLong, start);
    const tiny = new CandleAverage(c, ShadowVeryShort, start);
    for (let i = start; i < out.length; i++) {
      const color = candleColor(c, i);
      const openingShadow = color === 1 ? lowerShadow(c, i) : upperShadow(c, i);
      out[i] = realBody(c, i) > long.value() && openingShadow < tiny.value() ? color * 100 : 0;
      long.next();
      tiny.next();
    }
  }
});
