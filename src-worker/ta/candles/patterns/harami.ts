import { CandleAverage } from '../core/average.js';
import { bodyBottom, bodyTop, candleColor, realBody } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyLong, BodyShort, patternLookback } from '../core/settings.js';

/**
 * Harami (long body, then a short body inside it):
 * `ta.CDLHARAMI(open, high, low, close)` → ±100, or ±80 when the bodies share an end.
 */
export const CDLHARAMI = candlePattern({
  name: 'CDLHARAMI',
  doc: 'Harami Pattern',
  lookback: patternLookback(1, BodyShort, BodyLong),
  scan(c, start, out) {
    const long = new CandleAverage(c, BodyLong, start - 1);
    const short = new CandleAverage(c, BodyShort, start);
    for (let i = start; i < out.length; i++) {
      out[i] = 0;
      if (realBody(c, i - 1) > long.value() && realBody(c, i) <= short.value()) {
        if (bodyTop(c, i) < bodyTop(c, i - 1) && bodyBottom(c, i) > bodyBottom(c, i - 1))
          out[i] = -candleColor(c, i - 1) * 100;
        else if (bodyTop(c, i) <= bodyTop(c, i - 1) && bodyBottom(c, i) >= bodyBottom(c, i - 1))
          out[i] = -candleColor(c, i - 1) * 80;
      }
      long.next();
      short.next();
    }
  }
});
