import { CandleAverage } from '../core/average.js';
import { candleColor, realBody } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyLong, Equal, patternLookback } from '../core/settings.js';

/**
 * Thrusting (long black, then a white opening below its low and closing into its body but not past the midpoint):
 * `ta.CDLTHRUSTING(open, high, low, close)` → -100 or 0.
 */
export const CDLTHRUSTING = candlePattern({
  name: 'CDLTHRUSTING',
  doc: 'Thrusting Pattern',
  lookback: patternLookback(1, Equal, BodyLong),
  scan(c, start, out) {
    const equal = new CandleAverage(c, Equal, start - 1);
    const long = new CandleAverage(c, BodyLong, start - 1);
    const { open, low, close } = c;
    for (let i = start; i < out.length; i++) {
      const thrusting =
        candleColor(c, i - 1) === -1 &&
        realBody(c, i - 1) > long.value() &&
        candleColor(c, i) === 1 &&
        open[i] < low[i - 1] &&
        close[i] > close[i - 1] + equal.value() &&
        close[i] <= close[i - 1] + realBody(c, i - 1) * 0.5;
      out[i] = thrusting ? -100 : 0;
      equal.next();
      long.next();
    }
  }
});
