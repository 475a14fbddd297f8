import { CandleAverage } from '../core/average.js';
import { lowerShadow, realBody, upperShadow } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyDoji, ShadowVeryShort, patternLookback } from '../core/settings.js';

/** Dragonfly doji (doji at the high with a real lower shadow): `ta.CDLDRAGONFLYDOJI(open, high, low, close)` → 100 or 0. */
export const CDLDRAGONFLYDOJI = candlePattern({
  name: 'CDLDRAGONFLYDOJI',
  doc: 'Dragonfly Doji',
  lookback: patternLookback(0, BodyDoji, ShadowVeryShort),
  scan(c, start, out) {
    const doji = new CandleAverage(c, BodyDoji, start);
    const tiny = new CandleAverage(c, ShadowVeryShort, start);
    for (let i = start; i < out.length; i++) {
      const dragonfly =
        realBody(c, i) <= doji.value() && upperShadow(c, i) < tiny.value() && lowerShadow(c, i) > tiny.value();
      out[i] = dragonfly ? 100 : 0;
      doji.next();
      tiny.next();
    }
  }
});
