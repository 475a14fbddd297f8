import { CandleAverage } from '../core/average.js';
import { candleColor, realBody, realBodyGapDown, realBodyGapUp } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyDoji, BodyLong, patternLookback } from '../core/settings.js';

/** Doji star (long body, then a doji gapping away in its direction): `ta.CDLDOJISTAR(open, high, low, close)` → ±100 (against the first colour), or 0. */
export const CDLDOJISTAR = candlePattern({
  name: 'CDLDOJISTAR',
  doc: 'Doji Star',
  lookback: patternLookback(1, BodyDoji, BodyLong),
  scan(c, start, out) {
    const long = new CandleAverage(c, BodyLong, start - 1);
    const doji = new CandleAverage(c, BodyDoji, start);
    for (let i = start; i < out.length; i++) {
      const first = candleColor(c, i - 1);
      const star =
        realBody(c, i - 1) > long.value() &&
        realBody(c, i) <= doji.value() &&
        ((first === 1 && realBodyGapUp(c, i, i - 1)) || (first === -1 && realBodyGapDown(c, i, i - 1)));
      out[i] = star ? -first * 100 : 0;
      long.next();
      doji.next();
    }
  }
});
