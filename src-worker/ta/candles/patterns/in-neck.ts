import { CandleAverage } from '../core/average.js';
import { candleColor, realBody } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyLong, Equal, patternLookback } from '../core/settings.js';

/**
 * In-neck (long black, then a white opening below its low and closing just at or above its close):
 * `ta.CDLINNECK(open, high, low, close)` → -100 or 0.
 */
export const CDLINNECK = candlePattern({
  name: 'CDLINNECK',
  doc: 'In-Neck Pattern',
  lookback: patternLookback(1, Equal, BodyLong),
  scan(c, start, out) {
    const equal = new CandleAverage(c, Equal, start - 1);
    const long = new CandleAverage(c, BodyLong, start - 1);
    const { open, low, close } = c;
    for (let i = start; i < out.length; i++) {
      const inNeck =
        candleColor(c, i - 1) === -1 &&
        realBody(c, i - 1) > long.value() &&
        candleColor(c, i) === 1 &&
        open[i] < low[i - 1] &&
        close[i] <= close[i - 1] + equal.value() &&
        close[i] >= close[i - 1];
      out[i] = inNeck ? -100 : 0;
      equal.next();
      long.next();
    }
  }
});
