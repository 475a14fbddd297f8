import { CandleAverage } from '../core/average.js';
import { candleColor, lowerShadow, realBody, upperShadow } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyLong, Equal, ShadowVeryShort, patternLookback } from '../core/settings.js';

/**
 * Separating lines (opposite candles opening at the same level, the second a long belt-hold):
 * `ta.CDLSEPARATINGLINES(open, high, low, close)` → ±100 (colour of the second), or 0.
 */
export const CDLSEPARATINGLINES = candlePattern({
  name: 'CDLSEPARATINGLINES',
  doc: 'Separating Lines',
  lookback: patternLookback(1, ShadowVeryShort, BodyLong, Equal),
  scan(c, start, out) {
    const tiny = new CandleAverage(c, ShadowVeryShort, start);
    const long = new CandleAverage(c, BodyLong, start);
    const equal = new CandleAverage(c, Equal, start - 1);
    const { open } = c;
    for (let i = start; i < out.length; i++) {
      const color = candleColor(c, i);
      const separating =
        candleColor(c, i - 1) === -color &&
        open[i] <= open[i - 1] + equal.value() &&
        open[i] >= open[i - 1] - equal.value() &&
        realBody(c, i) > long.value() &&
        ((color === 1 && lowerShadow(c, i) < tiny.value()) || (color === -1 && upperShadow(c, i) < tiny.value()));
      out[i] = separating ? color * 100 : 0;
      tiny.next();
      long.next();
      equal.next();
    }
  }
});
