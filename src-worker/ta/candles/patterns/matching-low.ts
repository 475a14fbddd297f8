import { CandleAverage } from '../core/average.js';
import { candleColor } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { Equal, patternLookback } from '../core/settings.js';

/** Matching low (two blacks closing at the same level): `ta.CDLMATCHINGLOW(open, high, low, close)` → 100 or 0. */
export const CDLMATCHINGLOW = candlePattern({
  name: 'CDLMATCHINGLOW',
  doc: 'Matching Low',
  lookback: patternLookback(1, Equal),
  scan(c, start, out) {
    const equal = new CandleAverage(c, Equal, start - 1);
    const { close } = c;
    for (let i = start; i < out.length; i++) {
      const matching =
        candleColor(c, i - 1) === -1 &&
        candleColor(c, i) === -1 &&
        close[i] <= close[i - 1] + equal.value() &&
        close[i] >= close[i - 1] - equal.value();
      out[i] = matching ? 100 : 0;
      equal.next();
    }
  }
});
