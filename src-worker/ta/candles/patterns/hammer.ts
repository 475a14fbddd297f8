import { CandleAverage } from '../core/average.js';
import { bodyBottom, lowerShadow, realBody, upperShadow } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyShort, Near, ShadowLong, ShadowVeryShort, patternLookback } from '../core/settings.js';

/** Hammer (small body at the prior candle's lows, long lower shadow): `ta.CDLHAMMER(open, high, low, close)` → 100 or 0. */
export const CDLHAMMER = candlePattern({
  name: 'CDLHAMMER',
  doc: 'Hammer',
  lookback: patternLookback(1, BodyShort, ShadowLong, ShadowVeryShort, Near),
  scan(c, start, out) {
    const short = new CandleAverage(c, BodyShort, start);
    const longShadow = new CandleAverage(c, ShadowLong, start);
    const tinyShadow = new CandleAverage(c, ShadowVeryShort, start);
    const near = new CandleAverage(c, Near, start - 1);
    for (let i = start; i < out.length; i++) {
      const hammer =
        realBody(c, i) < short.value() &&
        lowerShadow(c, i) > longShadow.value() &&
        upperShadow(c, i) < tinyShadow.value() &&
        bodyBottom(c, i) <= c.low[i - 1] + near.value();
      out[i] = hammer ? 100 : 0;
      short.next();
      longShadow.next();
      tinyShadow.next();
      near.next();
    }
  }
});
