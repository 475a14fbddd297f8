import { CandleAverage } from '../core/average.js';
import { candleColor, candleGapDown, candleGapUp, realBody } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyDoji, BodyLong, BodyShort, patternLookback } from '../core/settings.js';

/**
 * Abandoned baby (long body, a doji whose shadows gap away from both neighbours, then an opposite body
 * closing well into the first): `ta.CDLABANDONEDBABY(open, high, low, close, penetration = 0.3)` → ±100 (bottom/top), or 0.
 */
export const CDLABANDONEDBABY = candlePattern({
  name: 'CDLABANDONEDBABY',
  doc: 'Abandoned Baby',
  lookback: patternLookback(2, BodyDoji, BodyLong, BodyShort),
  penetration: 0.3,
  scan(c, start, out, penetration) {
    const long = new CandleAverage(c, BodyLong, start - 2);
    const doji = new CandleAverage(c, BodyDoji, start - 1);
    const short = new CandleAverage(c, BodyShort, start);
    const { close } = c;
    for (let i = start; i < out.length; i++) {
      const first = candleColor(c, i - 2);
      const third = candleColor(c, i);
      const penetrated = realBody(c, i - 2) * penetration;
      const baby =
        realBody(c, i - 2) > long.value() &&
        realBody(c, i - 1) <= doji.value() &&
        realBody(c, i) > short.value() &&
        ((first === 1 &&
          third === -1 &&
          close[i] < close[i - 2] - penetrated &&
          candleGapUp(c, i - 1, i - 2) &&
          candleGapDown(c, i, i - 1)) ||
          (first === -1 &&
            third === 1 &&
            close[i] > close[i - 2] + penetrated &&
            candleGapDown(c, i - 1, i - 2) &&
            candleGapUp(c, i, i - 1)));
      out[i] = baby ? third * 100 : 0;
      long.next();
      doji.next();
      short.next();
    }
  }
});
