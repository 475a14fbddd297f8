import { candleColor } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';

/**
 * Engulfing (a body that swallows the prior opposite-colour body):
 * `ta.CDLENGULFING(open, high, low, close)` → ±100, or ±80 when the bodies share an end.
 */
export const CDLENGULFING = candlePattern({
  name: 'CDLENGULFING',
  doc: 'Engulfing Pattern',
  lookback: 2,
  scan(c, start, out) {
    const { open, close } = c;
    for (let i = start; i < out.length; i++) {
      const color = candleColor(c, i);
      const prior = candleColor(c, i - 1);
      const whiteEngulfsBlack =
        color === 1 &&
        prior === -1 &&
        ((close[i] >= open[i - 1] && open[i] < close[i - 1]) || (close[i] > open[i - 1] && open[i] <= close[i - 1]));
      const blackEngulfsWhite =
        color === -1 &&
        prior === 1 &&
        ((open[i] >= close[i - 1] && close[i] < open[i - 1]) || (open[i] > close[i - 1] && close[i] <= open[i - 1]));
      if (!whiteEngulfsBlack && !blackEngulfsWhite) out[i] = 0;
      else out[i] = color * (open[i] !== close[i - 1] && close[i] !== open[i - 1] ? 100 : 80);
    }
  }
});
