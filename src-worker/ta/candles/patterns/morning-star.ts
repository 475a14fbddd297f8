import { CandleAverage } from '../core/average.js';
import { candleColor, realBody, realBodyGapDown } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyLong, BodyShort, patternLookback } from '../core/settings.js';

/**
 * Morning star (long black, short body gapping down, white closing well into the first body):
 * `ta.CDLMORNINGSTAR(open, high, low, close, penetration = 0.3)` → 100 or 0.
 */
export const CDLMORNINGSTAR = candlePattern({
  name: 'CDLMORNINGSTAR',
  doc: 'Morning Star',
  lookback: patternLookback(2, BodyShort, BodyLong),
  penetration: 0.3,
  scan(c, start, out, penetration) {
    const long = new CandleAverage(c, BodyLong, start - 2);
    const starShort = new CandleAverage(c, BodyShort, start - 1);
    const lastShort = new CandleAverage(c, BodyShort, start);
    const { close } = c;
    for (let i = start; i < out.length; i++) {
      const morningStar =
        candleColor(c, i - 2) === -1 &&
        candleColor(c, i) === 1 &&
        realBodyGapDown(c, i - 1, i - 2) &&
        close[i] > close[i - 2] + realBody(c, i - 2) * penetration &&
        realBody(c, i - 2) > long.value() &&
        realBody(c, i - 1) <= starShort.value() &&
        realBody(c, i) > lastShort.value();
      out[i] = morningStar ? 100 : 0;
      long.next();
      starShort.next();
      lastShort.next();
    }
  }
});
