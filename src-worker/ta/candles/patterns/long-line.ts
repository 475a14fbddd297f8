import { CandleAverage } from '../core/average.js';
import { candleColor, lowerShadow, realBody, upperShadow } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyLong, ShadowShort, patternLookback } from '../core/settings.js';

/** Long line candle (long body, short shadows): `ta.CDLLONGLINE(open, high, low, close)` → ±100 by colour, or 0. */
export const CDLLONGLINE = candlePattern({
  name: 'CDLLONGLINE',
  doc: 'Long Line Candle',
  lookback: patternLookback(0, BodyLong, ShadowShort),
  scan(c, start, out) {
    const long = new CandleAverage(c, BodyLong, start);
    const shortShadow = new CandleAverage(c, ShadowShort, start);
    for (let i = start; i < out.length; i++) {
      const longLine =
        realBody(c, i) > long.value() &&
        upperShadow(c, i) < shortShadow.value() &&
        lowerShadow(c, i) < shortShadow.value();
      out[i] = longLine ? candleColor(c, i) * 100 : 0;
      long.next();
      shortShadow.next();
    }
  }
});
