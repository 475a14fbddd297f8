import { CandleAverage } from '../core/average.js';
import { bodyBottom, bodyTop, highLowRange, lowerShadow, realBody, upperShadow } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyDoji, Near, ShadowLong, patternLookback } from '../core/settings.js';

/** Rickshaw man (long-legged doji with its body near the middle of the range): `ta.CDLRICKSHAWMAN(open, high, low, close)` → 100 or 0. */
export const CDLRICKSHAWMAN = candlePattern({
  name: 'CDLRICKSHAWMAN',
  doc: 'Rickshaw Man',
  lookback: patternLookback(0, BodyDoji, ShadowLong, Near),
  scan(c, start, out) {
    const doji = new CandleAverage(c, BodyDoji, start);
    const longShadow = new CandleAverage(c, ShadowLong, start);
    const near = new CandleAverage(c, Near, start);
    for (let i = start; i < out.length; i++) {
      const middle = c.low[i] + highLowRange(c, i) / 2;
      const rickshaw =
        realBody(c, i) <= doji.value() &&
        lowerShadow(c, i) > longShadow.value() &&
        upperShadow(c, i) > longShadow.value() &&
        bodyBottom(c, i) <= middle + near.value() &&
        bodyTop(c, i) >= middle - near.value();
      out[i] = rickshaw ? 100 : 0;
      doji.next();
      longShadow.next();
      near.next();
    }
  }
});
