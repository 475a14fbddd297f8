import { CandleAverage } from '../core/average.js';
import { candleColor, lowerShadow } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { ShadowVeryShort, patternLookback } from '../core/settings.js';

/**
 * Three black crows (after a white candle, three falling blacks each opening inside the prior body,
 * closing near their lows): `ta.CDL3BLACKCROWS(open, high, low, close)` → -100 or 0.
 */
export const CDL3BLACKCROWS = candlePattern({
  name: 'CDL3BLACKCROWS',
  doc: 'Three Black Crows',
  lookback: patternLookback(3, ShadowVeryShort),
  scan(c, start, out) {
    const tiny2 = new CandleAverage(c, ShadowVeryShort, start - 2);
    const tiny1 = new CandleAverage(c, ShadowVeryShort, start - 1);
    const tiny0 = new CandleAverage(c, ShadowVeryShort, start);
    const { open, high, close } = c;
    for (let i = start; i < out.length; i++) {
      const crows =
        candleColor(c, i - 3) === 1 &&
        candleColor(c, i - 2) === -1 &&
        candleColor(c, i - 1) === -1 &&
        candleColor(c, i) === -1 &&
        open[i - 1] < open[i - 2] &&
        open[i - 1] > close[i - 2] &&
        open[i] < open[i - 1] &&
        open[i] > close[i - 1] &&
        high[i - 3] > close[i - 2] &&
        close[i - 2] > close[i - 1] &&
        close[i - 1] > close[i] &&
        lowerShadow(c, i - 2) < tiny2.value() &&
        lowerShadow(c, i - 1) < tiny1.value() &&
        lowerShadow(c, i) < tiny0.value();
      out[i] = crows ? -100 : 0;
      tiny2.next();
      tiny1.next();
      tiny0.next();
    }
  }
});
