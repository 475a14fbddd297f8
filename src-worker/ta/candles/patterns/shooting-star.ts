import { CandleAverage } from '../core/average.js';
import { lowerShadow, realBody, realBodyGapUp, upperShadow } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyShort, ShadowLong, ShadowVeryShort, patternLookback } from '../core/settings.js';

/** Shooting star (small body gapping up, long upper shadow): `ta.CDLSHOOTINGSTAR(open, high, low, close)` → -100 or 0. */
export const CDLSHOOTINGSTAR = candlePattern({
  name: 'CDLSHOOTINGSTAR',
  doc: 'Shooting Star',
  lookback: patternLookback(1, BodyShort, ShadowLong, ShadowVeryShort),
  scan(c, start, out) {
    const short = new CandleAverage(c, BodyShort, start);
    const longShadow = new CandleAverage(c, ShadowLong, start);
    const tinyShadow = new CandleAverage(c, ShadowVeryShort, start);
    for (let i = start; i < out.length; i++) {
      const shootingStar =
        realBodyGapUp(c, i, i - 1) &&
        realBody(c, i) < short.value() &&
        upperShadow(c, i) > longShadow.value() &&
        lowerShadow(c, i) < tinyShadow.value();
      out[i] = shootingStar ? -100 : 0;
      short.next();
      longShadow.next();
      tinyShadow.next();
    }
  }
});
