import { CandleAverage } from '../core/average.js';
import { candleColor, realBody, realBodyGapUp } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyDoji, BodyLong, BodyShort, patternLookback } from '../core/settings.js';

/**
 * Evening doji star (long white, a doji gapping up, black closing well into the first body):
 * `ta.CDLEVENINGDOJISTAR(open, high, low, close, penetration = 0.3)` → -100 or 0.
 */
export const CDLEVENINGDOJISTAR = candlePattern({
  name: 'CDLEVENINGDOJISTAR',
  doc: 'Evening Doji Star',
  lookback: patternLookback(2, BodyDoji, BodyLong, BodyShort),
  penetration: 0.3,
  scan(c, start, out, penetration) {
    const long = new CandleAverage(c, BodyLong, start - 2);
    const doji = new CandleAverage(c, BodyDoji, start - 1);
    const short = new CandleAverage(c, BodyShort, start);
    const { close } = c;
    for (let i = start; i < out.length; i++) {
      const star =
        candleColor(c, i - 2) === 1 &&
        candleColor(c, i) === -1 &&
        realBodyGapUp(c, i - 1, i - 2) &&
        close[i] < close[i - 2] - realBody(c, i - 2) * penetration &&
        realBody(c, i - 2) > long.value() &&
        realBody(c, i - 1) <= doji.value() &&
        realBody(c, i) > short.value();
      out[i] = star ? -100 : 0;
      long.next();
      doji.next();
      short.next();
    }
  }
});
