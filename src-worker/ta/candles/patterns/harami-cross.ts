import { CandleAverage } from '../core/average.js';
import { bodyBottom, bodyTop, candleColor, realBody } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyDoji, BodyLong, patternLookback } from '../core/settings.js';

/**
 * Harami cross (long body, then a doji inside it):
 * `ta.CDLHARAMICROSS(open, high, low, close)` → ±100, or ±80 when the doji touches an end of the first body.
 */
export const CDLHARAMICROSS = candlePattern({
  name: 'CDLHARAMICROSS',
  doc: 'Harami Cross Pattern',
  lookback: patternLookback(1, BodyDoji, BodyLong),
  scan(c, start, out) {
    const long = new CandleAverage(c, BodyLong, start - 1);
    const doji = new CandleAverage(c, BodyDoji, start);
    for (let i = start; i < out.length; i++) {
      out[i] = 0;
      if (realBody(c, i - 1) > long.value() && realBody(c, i) <= doji.value()) {
        if (bodyTop(c, i) < bodyTop(c, i - 1) && bodyBottom(c, i) > bodyBottom(c, i - 1))
          out[i] = -candleColor(c, i - 1) * 100;
        else if (bodyTop(c, i) <= bodyTop(c, i - 1) && bodyBottom(c, i) >= bodyBottom(c, i - 1))
          out[i] = -candleColor(c, i - 1) * 80;
      }
      long.next();
      doji.next();
    }
  }
});
