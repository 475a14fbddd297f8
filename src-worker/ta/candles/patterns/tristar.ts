import { CandleAverage } from '../core/average.js';
import { bodyBottom, bodyTop, realBody, realBodyGapDown, realBodyGapUp } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyDoji, patternLookback } from '../core/settings.js';

/**
 * Tristar (three dojis, the middle one gapping away from the others):
 * `ta.CDLTRISTAR(open, high, low, close)` → 100 (bottom) or -100 (top), or 0.
 */
export const CDLTRISTAR = candlePattern({
  name: 'CDLTRISTAR',
  doc: 'Tristar Pattern',
  lookback: patternLookback(2, BodyDoji),
  scan(c, start, out) {
    // All three bodies are judged against the average before the first doji.
    const doji = new CandleAverage(c, BodyDoji, start - 2);
    for (let i = start; i < out.length; i++) {
      const threshold = doji.value();
      out[i] = 0;
      if (realBody(c, i - 2) <= threshold && realBody(c, i - 1) <= threshold && realBody(c, i) <= threshold) {
        if (realBodyGapUp(c, i - 1, i - 2) && bodyTop(c, i) < bodyTop(c, i - 1)) out[i] = -100;
        if (realBodyGapDown(c, i - 1, i - 2) && bodyBottom(c, i) > bodyBottom(c, i - 1)) out[i] = 100;
      }
      doji.next();
    }
  }
});
