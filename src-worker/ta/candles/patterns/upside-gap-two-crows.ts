import { CandleAverage } from '../core/average.js';
import { candleColor, realBody, realBodyGapUp } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyLong, BodyShort, patternLookback } from '../core/settings.js';

/**
 * Upside gap two crows (long white, a small black gapping up, then a black engulfing it but closing above
 * the white's close): `ta.CDLUPSIDEGAP2CROWS(open, high, low, close)` → -100 or 0.
 */
export const CDLUPSIDEGAP2CROWS = candlePattern({
  name: 'CDLUPSIDEGAP2CROWS',
  doc: 'Upside Gap Two Crows',
  lookback: patternLookback(2, BodyShort, BodyLong),
  scan(c, start, out) {
    const long = new CandleAverage(c, BodyLong, start - 2);
    const short = new CandleAverage(c, BodyShort, start - 1);
    const { open, close } = c;
    for (let i = start; i < out.length; i++) {
      const crows =
        candleColor(c, i - 2) === 1 &&
        realBody(c, i - 2) > long.value() &&
        candleColor(c, i - 1) === -1 &&
        realBody(c, i - 1) <= short.value() &&
        realBodyGapUp(c, i - 1, i - 2) &&
        candleColor(c, i) === -1 &&
        open[i] > open[i - 1] &&
        close[i] < close[i - 1] &&
        close[i] > close[i - 2];
      out[i] = crows ? -100 : 0;
      long.next();
      short.next();
    }
  }
});
