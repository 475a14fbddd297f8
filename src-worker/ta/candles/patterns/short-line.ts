import { CandleAverage } from '../core/average.js';
import { candleColor, lowerShadow, realBody, upperShadow } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyShort, ShadowShort, patternLookback } from '../core/settings.js';

/** Short line candle (short body, short shadows): `ta.CDLSHORTLINE(open, high, low, close)` → ±100 by colour, or 0. */
export const CDLSHORTLINE = candlePattern({
  name: 'CDLSHORTLINE',
  doc: 'Short Line Candle',
  lookback: patternLookback(0, BodyShort, ShadowShort),
  scan(c, start, out) {
    const short = new CandleAverage(c, BodyShort, start);
    const shortShadow = new CandleAverage(c, ShadowShort, start);
    for (let i = start; i < out.length; i++) {
      const shortLine =
        realBody(c, i) < short.value() &&
        upperShadow(c, i) < shortShadow.value() &&
        lowerShadow(c, i) < shortShadow.value();
      out[i] = shortLine ? candleColor(c, i) * 100 : 0;
      short.next();
      shortShadow.next();
    }
  }
});
