import { CandleAverage } from '../core/average.js';
import { candleColor, realBody } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyLong, patternLookback } from '../core/settings.js';

/**
 * Piercing (long black, then a long white opening below its low and closing above its midpoint):
 * `ta.CDLPIERCING(open, high, low, close)` → 100 or 0.
 */
export const CDLPIERCING = candlePattern({
  name: 'CDLPIERCING',
  doc: 'Piercing Pattern',
  lookback: patternLookback(1, BodyLong),
  scan(c, start, out) {
    const firstLong = new CandleAverage(c, BodyLong, start - 1);
    const secondLong = new CandleAverage(c, BodyLong, start);
    const { open, low, close } = c;
    for (let i = start; i < out.length; i++) {
      const piercing =
        candleColor(c, i - 1) === -1 &&
        realBody(c, i - 1) > firstLong.value() &&
        candleColor(c, i) === 1 &&
        realBody(c, i) > secondLong.value() &&
        open[i] < low[i - 1] &&
        close[i] < open[i - 1] &&
        close[i] > close[i - 1] + realBody(c, i - 1) * 0.5;
      out[i] = piercing ? 100 : 0;
      firstLong.next();
      secondLong.next();
    }
  }
});
