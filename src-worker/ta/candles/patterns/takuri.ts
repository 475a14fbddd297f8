import { CandleAverage } from '../core/average.js';
import { lowerShadow, realBody, upperShadow } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyDoji, ShadowVeryLong, ShadowVeryShort, patternLookback } from '../core/settings.js';

/** Takuri (dragonfly doji with a very long lower shadow): `ta.CDLTAKURI(open, high, low, close)` → 100 or 0. */
export const CDLTAKURI = candlePattern({
  name: 'CDLTAKURI',
  doc: 'Takuri (Dragonfly Doji with very long lower shadow)',
  lookback: patternLookback(0, BodyDoji, ShadowVeryShort, ShadowVeryLong),
  scan(c, start, out) {
    const doji = new CandleAverage(c, BodyDoji, start);
    const tiny = new CandleAverage(c, ShadowVeryShort, start);
    const veryLong = new CandleAverage(c, ShadowVeryLong, start);
    for (let i = start; i < out.length; i++) {
      const takuri =
        realBody(c, i) <= doji.value() && upperShadow(c, i) < tiny.value() && lowerShadow(c, i) > veryLong.value();
      out[i] = takuri ? 100 : 0;
      doji.next();
      tiny.next();
      veryLong.next();
    }
  }
});
