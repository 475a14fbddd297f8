import { CandleAverage } from '../core/average.js';
import { candleColor, realBody, realBodyGapDown, realBodyGapUp } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyLong, patternLookback } from '../core/settings.js';

/**
 * Breakaway (long body, a gap in its direction, two more steps that way, then an opposite candle
 * closing inside the gap): `ta.CDLBREAKAWAY(open, high, low, close)` → ±100 (colour of the last), or 0.
 */
export const CDLBREAKAWAY = candlePattern({
  name: 'CDLBREAKAWAY',
  doc: 'Breakaway',
  lookback: patternLookback(4, BodyLong),
  scan(c, start, out) {
    const long = new CandleAverage(c, BodyLong, start - 4);
    const { open, high, low, close } = c;
    for (let i = start; i < out.length; i++) {
      const first = candleColor(c, i - 4);
      const breakaway =
        first === candleColor(c, i - 3) &&
        candleColor(c, i - 3) === candleColor(c, i - 1) &&
        candleColor(c, i - 1) === -candleColor(c, i) &&
        realBody(c, i - 4) > long.value() &&
        ((first === -1 &&
          realBodyGapDown(c, i - 3, i - 4) &&
          high[i - 2] < high[i - 3] &&
          low[i - 2] < low[i - 3] &&
          high[i - 1] < high[i - 2] &&
          low[i - 1] < low[i - 2] &&
          close[i] > open[i - 3] &&
          close[i] < close[i - 4]) ||
          (first === 1 &&
            realBodyGapUp(c, i - 3, i - 4) &&
            high[i - 2] > high[i - 3] &&
            low[i - 2] > low[i - 3] &&
            high[i - 1] > high[i - 2] &&
            low[i - 1] > low[i - 2] &&
            close[i] < open[i - 3] &&
            close[i] > close[i - 4]));
      out[i] = breakaway ? candleColor(c, i) * 100 : 0;
      long.next();
    }
  }
});
