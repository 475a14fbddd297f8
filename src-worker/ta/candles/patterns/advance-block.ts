import { CandleAverage } from '../core/average.js';
import { candleColor, realBody, upperShadow } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyLong, Far, Near, ShadowLong, ShadowShort, patternLookback } from '../core/settings.js';

/**
 * Advance block (three rising whites losing steam: shrinking bodies and/or growing upper shadows):
 * `ta.CDLADVANCEBLOCK(open, high, low, close)` → -100 or 0.
 */
export const CDLADVANCEBLOCK = candlePattern({
  name: 'CDLADVANCEBLOCK',
  doc: 'Advance Block',
  lookback: patternLookback(2, ShadowLong, ShadowShort, Far, Near, BodyLong),
  scan(c, start, out) {
    const shortShadow2 = new CandleAverage(c, ShadowShort, start - 2);
    const shortShadow1 = new CandleAverage(c, ShadowShort, start - 1);
    const shortShadow0 = new CandleAverage(c, ShadowShort, start);
    const longShadow0 = new CandleAverage(c, ShadowLong, start);
    const near2 = new CandleAverage(c, Near, start - 2);
    const near1 = new CandleAverage(c, Near, start - 1);
    const far2 = new CandleAverage(c, Far, start - 2);
    const far1 = new CandleAverage(c, Far, start - 1);
    const long = new CandleAverage(c, BodyLong, start - 2);
    const averages = [shortShadow2, shortShadow1, shortShadow0, longShadow0, near2, near1, far2, far1, long];
    const { open, close } = c;
    for (let i = start; i < out.length; i++) {
      const body2 = realBody(c, i - 2);
      const body1 = realBody(c, i - 1);
      const body0 = realBody(c, i);
      const advancing =
        candleColor(c, i - 2) === 1 &&
        candleColor(c, i - 1) === 1 &&
        candleColor(c, i) === 1 &&
        close[i] > close[i - 1] &&
        close[i - 1] > close[i - 2] &&
        open[i - 1] > open[i - 2] &&
        open[i - 1] <= close[i - 2] + near2.value() &&
        open[i] > open[i - 1] &&
        open[i] <= close[i - 1] + near1.value() &&
        body2 > long.value() &&
        upperShadow(c, i - 2) < shortShadow2.value();
      const weakening =
        // blocked on the 2nd candle, and the 3rd does not carry on
        (body1 < body2 - far2.value() && body0 < body1 + near1.value()) ||
        // blocked on the 3rd candle
        body0 < body1 - far1.value() ||
        // shrinking bodies with some upper shadow
        (body0 < body1 &&
          body1 < body2 &&
          (upperShadow(c, i) > shortShadow0.value() || upperShadow(c, i - 1) > shortShadow1.value())) ||
        // smaller 3rd body with a long upper shadow
        (body0 < body1 && upperShadow(c, i) > longShadow0.value());
      out[i] = advancing && weakening ? -100 : 0;
      for (const average of averages) average.next();
    }
  }
});
