import { CandleAverage } from '../core/average.js';
import { candlePattern } from '../core/pattern.js';
import { Near } from '../core/settings.js';

/**
 * Modified hikkake (two nested inside bars, the first closing near its low/high, then a false breakout),
 * confirmed when within three bars a close goes past the last inside bar the other way:
 * `ta.CDLHIKKAKEMOD(open, high, low, close)` → ±100 on the pattern, ±200 on its confirmation, or 0.
 */
export const CDLHIKKAKEMOD = candlePattern({
  name: 'CDLHIKKAKEMOD',
  doc: 'Modified Hikkake Pattern',
  lookback: Math.max(1, Near.avgPeriod) + 5,
  scan(c, start, out) {
    const { high, low, close } = c;
    // Scanning starts three bars early so a pattern there can be confirmed from `start` on.
    const near = new CandleAverage(c, Near, start - 5);
    let patternIdx = 0;
    let patternResult = 0;
    for (let i = start - 3; i < out.length; i++) {
      const nested =
        high[i - 2] < high[i - 3] && low[i - 2] > low[i - 3] && high[i - 1] < high[i - 2] && low[i - 1] > low[i - 2];
      const bullish = high[i] < high[i - 1] && low[i] < low[i - 1] && close[i - 2] <= low[i - 2] + near.value();
      const bearish = high[i] > high[i - 1] && low[i] > low[i - 1] && close[i - 2] >= high[i - 2] - near.value();
      let code = 0;
      if (nested && (bullish || bearish)) {
        patternResult = high[i] < high[i - 1] ? 100 : -100;
        patternIdx = i;
        code = patternResult;
      } else if (
        i <= patternIdx + 3 &&
        ((patternResult > 0 && close[i] > high[patternIdx - 1]) ||
          (patternResult < 0 && close[i] < low[patternIdx - 1]))
      ) {
        code = patternResult + Math.sign(patternResult) * 100;
        patternIdx = 0;
      }
      if (i >= start) out[i] = code;
      near.next();
    }
  }
});
