import { CandleAverage } from '../core/average.js';
import { bodyBottom, bodyTop, candleColor, realBody, realBodyGapUp } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyLong, BodyShort, patternLookback } from '../core/settings.js';

/**
 * Mat hold (long white, a small black gapping up, two more small falling candles holding in the first body,
 * then a white closing above them all): `ta.CDLMATHOLD(open, high, low, close, penetration = 0.5)` → 100 or 0.
 */
export const CDLMATHOLD = candlePattern({
  name: 'CDLMATHOLD',
  doc: 'Mat Hold',
  lookback: patternLookback(4, BodyShort, BodyLong),
  penetration: 0.5,
  scan(c, start, out, penetration) {
    const long = new CandleAverage(c, BodyLong, start - 4);
    const short3 = new CandleAverage(c, BodyShort, start - 3);
    const short2 = new CandleAverage(c, BodyShort, start - 2);
    const short1 = new CandleAverage(c, BodyShort, start - 1);
    const { open, high, close } = c;
    for (let i = start; i < out.length; i++) {
      // How far down the first body the reaction candles may reach.
      const floor = close[i - 4] - realBody(c, i - 4) * penetration;
      const matHold =
        candleColor(c, i - 4) === 1 &&
        candleColor(c, i - 3) === -1 &&
        candleColor(c, i) === 1 &&
        realBodyGapUp(c, i - 3, i - 4) &&
        bodyBottom(c, i - 2) < close[i - 4] &&
        bodyBottom(c, i - 1) < close[i - 4] &&
        bodyBottom(c, i - 2) > floor &&
        bodyBottom(c, i - 1) > floor &&
        bodyTop(c, i - 2) < open[i - 3] &&
        bodyTop(c, i - 1) < bodyTop(c, i - 2) &&
        open[i] > close[i - 1] &&
        close[i] > Math.max(high[i - 3], high[i - 2], high[i - 1]) &&
        realBody(c, i - 4) > long.value() &&
        realBody(c, i - 3) < short3.value() &&
        realBody(c, i - 2) < short2.value() &&
        realBody(c, i - 1) < short1.value();
      out[i] = matHold ? 100 : 0;
      long.next();
      short3.next();
      short2.next();
      short1.next();
    }
  }
});
