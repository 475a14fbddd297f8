import { CandleAverage } from '../core/average.js';
import { candleColor, lowerShadow, realBodyGapDown, upperShadow } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { ShadowVeryShort, patternLookback } from '../core/settings.js';

/**
 * Concealing baby swallow (two black marubozu, a black gapping down whose upper shadow reaches back into
 * the second, then a black engulfing it shadows included): `ta.CDLCONCEALBABYSWALL(open, high, low, close)` → 100 or 0.
 */
export const CDLCONCEALBABYSWALL = candlePattern({
  name: 'CDLCONCEALBABYSWALL',
  doc: 'Concealing Baby Swallow',
  lookback: patternLookback(3, ShadowVeryShort),
  scan(c, start, out) {
    const tiny3 = new CandleAverage(c, ShadowVeryShort, start - 3);
    const tiny2 = new CandleAverage(c, ShadowVeryShort, start - 2);
    const tiny1 = new CandleAverage(c, ShadowVeryShort, start - 1);
    const { high, low, close } = c;
    for (let i = start; i < out.length; i++) {
      const swallow =
        candleColor(c, i - 3) === -1 &&
        candleColor(c, i - 2) === -1 &&
        candleColor(c, i - 1) === -1 &&
        candleColor(c, i) === -1 &&
        lowerShadow(c, i - 3) < tiny3.value() &&
        upperShadow(c, i - 3) < tiny3.value() &&
        lowerShadow(c, i - 2) < tiny2.value() &&
        upperShadow(c, i - 2) < tiny2.value() &&
        realBodyGapDown(c, i - 1, i - 2) &&
        upperShadow(c, i - 1) > tiny1.value() &&
        high[i - 1] > close[i - 2] &&
        high[i] > high[i - 1] &&
        low[i] < low[i - 1];
      out[i] = swallow ? 100 : 0;
      tiny3.next();
      tiny2.next();
      tiny1.next();
    }
  }
});
