import { CandleAverage } from '../core/average.js';
import { candleColor, realBody, upperShadow } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyLong, BodyShort, Near, ShadowVeryShort, patternLookback } from '../core/settings.js';

/**
 * Stalled pattern (two long rising whites, then a small white riding on the second's shoulder):
 * `ta.CDLSTALLEDPATTERN(open, high, low, close)` → -100 or 0.
 */
export const CDLSTALLEDPATTERN = candlePattern({
  name: 'CDLSTALLEDPATTERN',
  doc: 'Stalled Pattern',
  lookback: patternLookback(2, BodyLong, BodyShort, ShadowVeryShort, Near),
  scan(c, start, out) {
    const long2 = new CandleAverage(c, BodyLong, start - 2);
    const long1 = new CandleAverage(c, BodyLong, start - 1);
    const short = new CandleAverage(c, BodyShort, start);
    const tiny1 = new CandleAverage(c, ShadowVeryShort, start - 1);
    const near2 = new CandleAverage(c, Near, start - 2);
    const near1 = new CandleAverage(c, Near, start - 1);
    const averages = [long2, long1, short, tiny1, near2, near1];
    const { open, close } = c;
    for (let i = start; i < out.length; i++) {
      const stalled =
        candleColor(c, i - 2) === 1 &&
        candleColor(c, i - 1) === 1 &&
        candleColor(c, i) === 1 &&
        close[i] > close[i - 1] &&
        close[i - 1] > close[i - 2] &&
        realBody(c, i - 2) > long2.value() &&
        realBody(c, i - 1) > long1.value() &&
        upperShadow(c, i - 1) < tiny1.value() &&
        open[i - 1] > open[i - 2] &&
        open[i - 1] <= close[i - 2] + near2.value() &&
        realBody(c, i) < short.value() &&
        open[i] >= close[i - 1] - realBody(c, i) - near1.value();
      out[i] = stalled ? -100 : 0;
      for (const average of averages) average.next();
    }
  }
});
