import { CandleAverage } from '../core/average.js';
import { candleColor, upperShadow } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { ShadowVeryShort, patternLookback } from '../core/settings.js';

/**
 * Ladder bottom (three falling blacks, a black with an upper shadow, then a white opening above it and
 * closing above its high): `ta.CDLLADDERBOTTOM(open, high, low, close)` → 100 or 0.
 */
export const CDLLADDERBOTTOM = candlePattern({
  name: 'CDLLADDERBOTTOM',
  doc: 'Ladder Bottom',
  lookback: patternLookback(4, ShadowVeryShort),
  scan(c, start, out) {
    const tiny = new CandleAverage(c, ShadowVeryShort, start - 1);
    const { open, high, close } = c;
    for (let i = start; i < out.length; i++) {
      const ladder =
        candleColor(c, i - 4) === -1 &&
        candleColor(c, i - 3) === -1 &&
        candleColor(c, i - 2) === -1 &&
        open[i - 4] > open[i - 3] &&
        open[i - 3] > open[i - 2] &&
        close[i - 4] > close[i - 3] &&
        close[i - 3] > close[i - 2] &&
        candleColor(c, i - 1) === -1 &&
        upperShadow(c, i - 1) > tiny.value() &&
        candleColor(c, i) === 1 &&
        open[i] > open[i - 1] &&
        close[i] > high[i - 1];
      out[i] = ladder ? 100 : 0;
      tiny.next();
    }
  }
});
