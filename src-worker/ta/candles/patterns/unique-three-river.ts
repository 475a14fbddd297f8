import { CandleAverage } from '../core/average.js';
import { candleColor, realBody } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyLong, BodyShort, patternLookback } from '../core/settings.js';

/**
 * Unique 3 river (long black, a black harami making a new low, then a short white opening above that low):
 * `ta.CDLUNIQUE3RIVER(open, high, low, close)` → 100 or 0.
 */
export const CDLUNIQUE3RIVER = candlePattern({
  name: 'CDLUNIQUE3RIVER',
  doc: 'Unique 3 River',
  lookback: patternLookback(2, BodyShort, BodyLong),
  scan(c, start, out) {
    const long = new CandleAverage(c, BodyLong, start - 2);
    const short = new CandleAverage(c, BodyShort, start);
    const { open, low, close } = c;
    for (let i = start; i < out.length; i++) {
      const river =
        candleColor(c, i - 2) === -1 &&
        realBody(c, i - 2) > long.value() &&
        candleColor(c, i - 1) === -1 &&
        close[i - 1] > close[i - 2] &&
        open[i - 1] <= open[i - 2] &&
        low[i - 1] < low[i - 2] &&
        realBody(c, i) < short.value() &&
        candleColor(c, i) === 1 &&
        open[i] > low[i - 1];
      out[i] = river ? 100 : 0;
      long.next();
      short.next();
    }
  }
});
