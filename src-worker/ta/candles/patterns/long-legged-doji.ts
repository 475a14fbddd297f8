import { CandleAverage } from '../core/average.js';
import { lowerShadow, realBody, upperShadow } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyDoji, ShadowLong, patternLookback } from '../core/settings.js';

/** Long legged doji (doji with a long shadow): `ta.CDLLONGLEGGEDDOJI(open, high, low, close)` → 100 or 0. */
export const CDLLONGLEGGEDDOJI = candlePattern({
  name: 'CDLLONGLEGGEDDOJI',
  doc: 'Long Legged Doji',
  lookback: patternLookback(0, BodyDoji, ShadowLong),
  scan(c, start, out) {
    const doji = new CandleAverage(c, BodyDoji, start);
    const longShadow = new CandleAverage(c, ShadowLong, start);
    for (let i = start; i < out.length; i++) {
      const longLegged =
        realBody(c, i) <= doji.value() &&
        (lowerShadow(c, i) > longShadow.value() || upperShadow(c, i) > longShadow.value());
      out[i] = longLegged ? 100 : 0;
      doji.next();
      longShadow.next();
    }
  }
});
