import { CandleAverage } from '../core/average.js';
import { candleColor, realBody } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyLong, patternLookback } from '../core/settings.js';

/**
 * Dark cloud cover (long white, then a black opening above its high and closing deep into its body):
 * `ta.CDLDARKCLOUDCOVER(open, high, low, close, penetration = 0.5)` → -100 or 0.
 */
export const CDLDARKCLOUDCOVER = candlePattern({
  name: 'CDLDARKCLOUDCOVER',
  doc: 'Dark Cloud Cover',
  lookback: patternLookback(1, BodyLong),
  penetration: 0.5,
  scan(c, start, out, penetration) {
    const long = new CandleAverage(c, BodyLong, start - 1);
    const { open, high, close } = c;
    for (let i = start; i < out.length; i++) {
      const darkCloud =
        candleColor(c, i - 1) === 1 &&
        realBody(c, i - 1) > long.value() &&
        candleColor(c, i) === -1 &&
        open[i] > high[i - 1] &&
        close[i] > open[i - 1] &&
        close[i] < close[i - 1] - realBody(c, i - 1) * penetration;
      out[i] = darkCloud ? -100 : 0;
      long.next();
    }
  }
});
