import { CandleAverage } from '../core/average.js';
import { lowerShadow, realBody, upperShadow } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyDoji, ShadowVeryShort, patternLookback } from '../core/settings.js';

/** Gravestone doji (doji at the low with a real upper shadow): `ta.CDLGRAVESTONEDOJI(open, high, low, close)` → 100 or 0. */
export const CDLGRAVESTONEDOJI = candlePattern({
  name: 'CDLGRAVESTONEDOJI',
  doc: 'Gravestone Doji',
  lookback: patternLookback(0, BodyDoji, ShadowVeryShort),
  scan(c, start, out) {
    const doji = new CandleAverage(c, BodyDoji, start);
    const tiny = new CandleAverage(c, ShadowVeryShort, start);
    for (let i = start; i < out.length; i++) {
      const gravestone =
        realBody(c, i) <= doji.value() && lowerShadow(c, i) < tiny.value() && upperShadow(c, i) > tiny.value();
      out[i] = gravestone ? 100 : 0;
      doji.next();
      tiny.next();
    }
  }
});
