import { CandleAverage } from '../core/average.js';
import { candleColor, realBody, realBodyGapUp } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyLong, patternLookback } from '../core/settings.js';

/**
 * Two crows (long white, a black gapping up, then a black opening in the second body and closing in the first):
 * `ta.CDL2CROWS(open, high, low, close)` → -100 or 0.
 */
export const CDL2CROWS = candlePattern({
  name: 'CDL2CROWS',
  doc: 'Two Crows',
  lookback: patternLookback(2, BodyLong),
  scan(c, start, out) {
    const long = new CandleAverage(c, BodyLong, start - 2);
    const { open, close } = c;
    for (let i = start; i < out.length; i++) {
      const crows =
        candleColor(c, i - 2) === 1 &&
        realBody(c, i - 2) > long.value() &&
        candleColor(c, i - 1) === -1 &&
        realBodyGapUp(c, i - 1, i - 2) &&
        candleColor(c, i) === -1 &&
        open[i] < open[i - 1] &&
        open[i] > close[i - 1] &&
        close[i] > open[i - 2] &&
        close[i] < close[i - 2];
      out[i] = crows ? -100 : 0;
      long.next();
    }
  }
});
