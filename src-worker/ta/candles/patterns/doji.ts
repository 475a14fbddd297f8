import { CandleAverage } from '../core/average.js';
import { realBody } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyDoji, patternLookback } from '../core/settings.js';

/** Doji (open ≈ close): `ta.CDLDOJI(open, high, low, close)` → 100 or 0. */
export const CDLDOJI = candlePattern({
  name: 'CDLDOJI',
  doc: 'Doji',
  lookback: patternLookback(0, BodyDoji),
  scan(c, start, out) {
    const doji = new CandleAverage(c, BodyDoji, start);
    for (let i = start; i < out.length; i++) {
      out[i] = realBody(c, i) <= doji.value() ? 100 : 0;
      doji.next();
    }
  }
});
