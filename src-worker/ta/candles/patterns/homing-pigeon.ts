import { CandleAverage } from '../core/average.js';
import { candleColor, realBody } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyLong, BodyShort, patternLookback } from '../core/settings.js';

/** Homing pigeon (long black, then a short black inside its body): `ta.CDLHOMINGPIGEON(open, high, low, close)` → 100 or 0. */
export const CDLHOMINGPIGEON = candlePattern({
  name: 'CDLHOMINGPIGEON',
  doc: 'Homing Pigeon',
  lookback: patternLookback(1, BodyShort, BodyLong),
  scan(c, start, out) {
    const long = new CandleAverage(c, BodyLong, start - 1);
    const short = new CandleAverage(c, BodyShort, start);
    const { open, close } = c;
    for (let i = start; i < out.length; i++) {
      const pigeon =
        candleColor(c, i - 1) === -1 &&
        candleColor(c, i) === -1 &&
        realBody(c, i - 1) > long.value() &&
        realBody(c, i) <= short.value() &&
        open[i] < open[i - 1] &&
        close[i] > close[i - 1];
      out[i] = pigeon ? 100 : 0;
      long.next();
      short.next();
    }
  }
});
