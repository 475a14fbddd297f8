import { CandleAverage } from '../core/average.js';
import { candleColor } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { Equal, patternLookback } from '../core/settings.js';

/**
 * Stick sandwich (black, a white trading above its close, then a black closing where the first did):
 * `ta.CDLSTICKSANDWICH(open, high, low, close)` → 100 or 0.
 */
export const CDLSTICKSANDWICH = candlePattern({
  name: 'CDLSTICKSANDWICH',
  doc: 'Stick Sandwich',
  lookback: patternLookback(2, Equal),
  scan(c, start, out) {
    const equal = new CandleAverage(c, Equal, start - 2);
    const { low, close } = c;
    for (let i = start; i < out.length; i++) {
      const sandwich =
        candleColor(c, i - 2) === -1 &&
        candleColor(c, i - 1) === 1 &&
        candleColor(c, i) === -1 &&
        low[i - 1] > close[i - 2] &&
        close[i] <= close[i - 2] + equal.value() &&
        close[i] >= close[i - 2] - equal.value();
      out[i] = sandwich ? 100 : 0;
      equal.next();
    }
  }
});
