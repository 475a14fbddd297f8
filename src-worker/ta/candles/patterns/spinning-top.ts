import { CandleAverage } from '../core/average.js';
import { candleColor, lowerShadow, realBody, upperShadow } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyShort, patternLookback } from '../core/settings.js';

/** Spinning top (small body, both shadows longer than it): `ta.CDLSPINNINGTOP(open, high, low, close)` → ±100 by colour, or 0. */
export const CDLSPINNINGTOP = candlePattern({
  name: 'CDLSPINNINGTOP',
  doc: 'Spinning Top',
  lookback: patternLookback(0, BodyShort),
  scan(c, start, out) {
    const short = new CandleAverage(c, BodyShort, start);
    for (let i = start; i < out.length; i++) {
      const body = realBody(c, i);
      const spinningTop = body < short.value() && upperShadow(c, i) > body && lowerShadow(c, i) > body;
      out[i] = spinningTop ? candleColor(c, i) * 100 : 0;
      short.next();
    }
  }
});
