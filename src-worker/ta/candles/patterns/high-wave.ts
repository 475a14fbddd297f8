import { CandleAverage } from '../core/average.js';
import { candleColor, lowerShadow, realBody, upperShadow } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyShort, ShadowVeryLong, patternLookback } from '../core/settings.js';

/** High-wave candle (short body, very long shadows both ways): `ta.CDLHIGHWAVE(open, high, low, close)` → ±100 by colour, or 0. */
export const CDLHIGHWAVE = candlePattern({
  name: 'CDLHIGHWAVE',
  doc: 'High-Wave Candle',
  lookback: patternLookback(0, BodyShort, ShadowVeryLong),
  scan(c, start, out) {
    const short = new CandleAverage(c, BodyShort, start);
    const veryLong = new CandleAverage(c, ShadowVeryLong, start);
    for (let i = start; i < out.length; i++) {
      const highWave =
        realBody(c, i) < short.value() && upperShadow(c, i) > veryLong.value() && lowerShadow(c, i) > veryLong.value();
      out[i] = highWave ? candleColor(c, i) * 100 : 0;
      short.next();
      veryLong.next();
    }
  }
});
