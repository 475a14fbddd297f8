import { CandleAverage } from '../core/average.js';
import { candleColor, lowerShadow } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { Equal, ShadowVeryShort, patternLookback } from '../core/settings.js';

/**
 * Identical three crows (three falling blacks closing on their lows, each opening at the prior close):
 * `ta.CDLIDENTICAL3CROWS(open, high, low, close)` → -100 or 0.
 */
export const CDLIDENTICAL3CROWS = candlePattern({
  name: 'CDLIDENTICAL3CROWS',
  doc: 'Identical Three Crows',
  lookback: patternLookback(2, ShadowVeryShort, Equal),
  scan(c, start, out) {
    const tiny2 = new CandleAverage(c, ShadowVeryShort, start - 2);
    const tiny1 = new CandleAverage(c, ShadowVeryShort, start - 1);
    const tiny0 = new CandleAverage(c, ShadowVeryShort, start);
    const equal2 = new CandleAverage(c, Equal, start - 2);
    const equal1 = new CandleAverage(c, Equal, start - 1);
    const averages = [tiny2, tiny1, tiny0, equal2, equal1];
    const { open, close } = c;
    for (let i = start; i < out.length; i++) {
      const crows =
        candleColor(c, i - 2) === -1 &&
        lowerShadow(c, i - 2) < tiny2.value() &&
        candleColor(c, i - 1) === -1 &&
        lowerShadow(c, i - 1) < tiny1.value() &&
        candleColor(c, i) === -1 &&
        lowerShadow(c, i) < tiny0.value() &&
        close[i - 2] > close[i - 1] &&
        close[i - 1] > close[i] &&
        open[i - 1] <= close[i - 2] + equal2.value() &&
        open[i - 1] >= close[i - 2] - equal2.value() &&
        open[i] <= close[i - 1] + equal1.value() &&
        open[i] >= close[i - 1] - equal1.value();
      out[i] = crows ? -100 : 0;
      for (const average of averages) average.next();
    }
  }
});
