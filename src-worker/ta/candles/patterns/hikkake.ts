import type { Candles } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';

/** An inside bar followed by a breakout bar: 100 when the breakout is down (bullish trap), -100 when up, else 0. */
function hikkakeAt(c: Candles, i: number): number {
  const { high, low } = c;
  const inside = high[i - 1] < high[i - 2] && low[i - 1] > low[i - 2];
  if (!inside) return 0;
  if (high[i] < high[i - 1] && low[i] < low[i - 1]) return 100;
  if (high[i] > high[i - 1] && low[i] > low[i - 1]) return -100;
  return 0;
}

/**
 * Hikkake (an inside bar, then a false breakout), confirmed when within three bars a close goes past the
 * inside bar the other way: `ta.CDLHIKKAKE(open, high, low, close)` → ±100 on the pattern, ±200 on its confirmation, or 0.
 */
export const CDLHIKKAKE = candlePattern({
  name: 'CDLHIKKAKE',
  doc: 'Hikkake Pattern',
  lookback: 5,
  scan(c, start, out) {
    const { high, low, close } = c;
    let patternIdx = 0;
    let patternResult = 0;
    // Bars before `start` can still set up a pattern confirmed at `start` or later.
    for (let i = start - 3; i < out.length; i++) {
      const hikkake = hikkakeAt(c, i);
      let code = 0;
      if (hikkake !== 0) {
        patternResult = hikkake;
        patternIdx = i;
        code = hikkake;
      } else if (
        i <= patternIdx + 3 &&
        ((patternResult > 0 && close[i] > high[patternIdx - 1]) ||
          (patternResult < 0 && close[i] < low[patternIdx - 1]))
      ) {
        code = patternResult + Math.sign(patternResult) * 100;
        patternIdx = 0;
      }
      if (i >= start) out[i] = code;
    }
  }
});
