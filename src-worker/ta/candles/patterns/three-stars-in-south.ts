import { CandleAverage } from '../core/average.js';
import { candleColor, lowerShadow, realBody, upperShadow } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyLong, BodyShort, ShadowLong, ShadowVeryShort, patternLookback } from '../core/settings.js';

/**
 * Three stars in the south (long black with a long lower shadow, a smaller black holding above its low,
 * then a small black marubozu inside the second's range): `ta.CDL3STARSINSOUTH(open, high, low, close)` → 100 or 0.
 */
export const CDL3STARSINSOUTH = candlePattern({
  name: 'CDL3STARSINSOUTH',
  doc: 'Three Stars In The South',
  lookback: patternLookback(2, ShadowVeryShort, ShadowLong, BodyLong, BodyShort),
  scan(c, start, out) {
    const long = new CandleAverage(c, BodyLong, start - 2);
    const longShadow = new CandleAverage(c, ShadowLong, start - 2);
    const tiny1 = new CandleAverage(c, ShadowVeryShort, start - 1);
    const tiny0 = new CandleAverage(c, ShadowVeryShort, start);
    const short = new CandleAverage(c, BodyShort, start);
    const averages = [long, longShadow, tiny1, tiny0, short];
    const { open, high, low, close } = c;
    for (let i = start; i < out.length; i++) {
      const stars =
        candleColor(c, i - 2) === -1 &&
        candleColor(c, i - 1) === -1 &&
        candleColor(c, i) === -1 &&
        realBody(c, i - 2) > long.value() &&
        lowerShadow(c, i - 2) > longShadow.value() &&
        realBody(c, i - 1) < realBody(c, i - 2) &&
        open[i - 1] > close[i - 2] &&
        open[i - 1] <= high[i - 2] &&
        low[i - 1] < close[i - 2] &&
        low[i - 1] >= low[i - 2] &&
        lowerShadow(c, i - 1) > tiny1.value() &&
        realBody(c, i) < short.value() &&
        lowerShadow(c, i) < tiny0.value() &&
        upperShadow(c, i) < tiny0.value() &&
        low[i] > low[i - 1] &&
        high[i] < high[i - 1];
      out[i] = stars ? 100 : 0;
      for (const average of averages) average.next();
    }
  }
});
