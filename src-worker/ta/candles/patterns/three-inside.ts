import { CandleAverage } from '../core/average.js';
import { bodyBottom, bodyTop, candleColor, realBody } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyLong, BodyShort, patternLookback } from '../core/settings.js';

/** Three inside up/down (a harami confirmed by a close beyond the first open): `ta.CDL3INSIDE(open, high, low, close)` → ±100 or 0. */
export const CDL3INSIDE = candlePattern({
  name: 'CDL3INSIDE',
  doc: 'Three Inside Up/Down',
  lookback: patternLookback(2, BodyShort, BodyLong),
  scan(c, start, out) {
    const long = new CandleAverage(c, BodyLong, start - 2);
    const short = new CandleAverage(c, BodyShort, start - 1);
    const { open, close } = c;
    for (let i = start; i < out.length; i++) {
      const first = candleColor(c, i - 2);
      const third = candleColor(c, i);
      const threeInside =
        realBody(c, i - 2) > long.value() &&
        realBody(c, i - 1) <= short.value() &&
        bodyTop(c, i - 1) < bodyTop(c, i - 2) &&
        bodyBottom(c, i - 1) > bodyBottom(c, i - 2) &&
        ((first === 1 && third === -1 && close[i] < open[i - 2]) ||
          (first === -1 && third === 1 && close[i] > open[i - 2]));
      out[i] = threeInside ? -first * 100 : 0;
      long.next();
      short.next();
    }
  }
});
