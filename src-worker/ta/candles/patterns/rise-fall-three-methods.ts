import { CandleAverage } from '../core/average.js';
import { bodyBottom, bodyTop, candleColor, realBody } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyLong, BodyShort, patternLookback } from '../core/settings.js';

/**
 * Rising/falling three methods (long candle, three small opposite candles drifting back inside its range,
 * then a long candle resuming the move past the first close): `ta.CDLRISEFALL3METHODS(open, high, low, close)` → ±100 or 0.
 */
export const CDLRISEFALL3METHODS = candlePattern({
  name: 'CDLRISEFALL3METHODS',
  doc: 'Rising/Falling Three Methods',
  lookback: patternLookback(4, BodyShort, BodyLong),
  scan(c, start, out) {
    const firstLong = new CandleAverage(c, BodyLong, start - 4);
    const short3 = new CandleAverage(c, BodyShort, start - 3);
    const short2 = new CandleAverage(c, BodyShort, start - 2);
    const short1 = new CandleAverage(c, BodyShort, start - 1);
    const lastLong = new CandleAverage(c, BodyLong, start);
    const averages = [firstLong, short3, short2, short1, lastLong];
    const { open, high, low, close } = c;
    for (let i = start; i < out.length; i++) {
      // Comparisons are written for the rising case and mirrored by the trend's sign.
      const trend = candleColor(c, i - 4);
      const insideFirstRange = (k: number) => bodyBottom(c, k) < high[i - 4] && bodyTop(c, k) > low[i - 4];
      const methods =
        trend === -candleColor(c, i - 3) &&
        candleColor(c, i - 3) === candleColor(c, i - 2) &&
        candleColor(c, i - 2) === candleColor(c, i - 1) &&
        candleColor(c, i - 1) === -candleColor(c, i) &&
        insideFirstRange(i - 3) &&
        insideFirstRange(i - 2) &&
        insideFirstRange(i - 1) &&
        close[i - 2] * trend < close[i - 3] * trend &&
        close[i - 1] * trend < close[i - 2] * trend &&
        open[i] * trend > close[i - 1] * trend &&
        close[i] * trend > close[i - 4] * trend &&
        realBody(c, i - 4) > firstLong.value() &&
        realBody(c, i - 3) < short3.value() &&
        realBody(c, i - 2) < short2.value() &&
        realBody(c, i - 1) < short1.value() &&
        realBody(c, i) > lastLong.value();
      out[i] = methods ? trend * 100 : 0;
      for (const average of averages) average.next();
    }
  }
});
