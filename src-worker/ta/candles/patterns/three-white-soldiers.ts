import { CandleAverage } from '../core/average.js';
import { candleColor, realBody, upperShadow } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyShort, Far, Near, ShadowVeryShort, patternLookback } from '../core/settings.js';

/**
 * Three advancing white soldiers (three rising whites, each opening in or near the prior body,
 * with tiny upper shadows and no body far shorter than the one before):
 * `ta.CDL3WHITESOLDIERS(open, high, low, close)` → 100 or 0.
 */
export const CDL3WHITESOLDIERS = candlePattern({
  name: 'CDL3WHITESOLDIERS',
  doc: 'Three Advancing White Soldiers',
  lookback: patternLookback(2, ShadowVeryShort, BodyShort, Far, Near),
  scan(c, start, out) {
    const tiny2 = new CandleAverage(c, ShadowVeryShort, start - 2);
    const tiny1 = new CandleAverage(c, ShadowVeryShort, start - 1);
    const tiny0 = new CandleAverage(c, ShadowVeryShort, start);
    const near2 = new CandleAverage(c, Near, start - 2);
    const near1 = new CandleAverage(c, Near, start - 1);
    const far2 = new CandleAverage(c, Far, start - 2);
    const far1 = new CandleAverage(c, Far, start - 1);
    const short = new CandleAverage(c, BodyShort, start);
    const averages = [tiny2, tiny1, tiny0, near2, near1, far2, far1, short];
    const { open, close } = c;
    for (let i = start; i < out.length; i++) {
      const soldiers =
        candleColor(c, i - 2) === 1 &&
        upperShadow(c, i - 2) < tiny2.value() &&
        candleColor(c, i - 1) === 1 &&
        upperShadow(c, i - 1) < tiny1.value() &&
        candleColor(c, i) === 1 &&
        upperShadow(c, i) < tiny0.value() &&
        close[i] > close[i - 1] &&
        close[i - 1] > close[i - 2] &&
        open[i - 1] > open[i - 2] &&
        open[i - 1] <= close[i - 2] + near2.value() &&
        open[i] > open[i - 1] &&
        open[i] <= close[i - 1] + near1.value() &&
        realBody(c, i - 1) > realBody(c, i - 2) - far2.value() &&
        realBody(c, i) > realBody(c, i - 1) - far1.value() &&
        realBody(c, i) > short.value();
      out[i] = soldiers ? 100 : 0;
      for (const average of averages) average.next();
    }
  }
});
