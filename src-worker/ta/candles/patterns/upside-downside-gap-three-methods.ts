import { bodyBottom, bodyTop, candleColor, realBodyGapDown, realBodyGapUp } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';

/**
 * Upside/downside gap three methods (two same-colour candles with a gap between them, then an opposite
 * candle opening in the second body and closing in the first): `ta.CDLXSIDEGAP3METHODS(open, high, low, close)` → ±100 (gap direction), or 0.
 */
export const CDLXSIDEGAP3METHODS = candlePattern({
  name: 'CDLXSIDEGAP3METHODS',
  doc: 'Upside/Downside Gap Three Methods',
  lookback: 2,
  scan(c, start, out) {
    const { open, close } = c;
    for (let i = start; i < out.length; i++) {
      const first = candleColor(c, i - 2);
      const methods =
        first === candleColor(c, i - 1) &&
        candleColor(c, i - 1) === -candleColor(c, i) &&
        open[i] < bodyTop(c, i - 1) &&
        open[i] > bodyBottom(c, i - 1) &&
        close[i] < bodyTop(c, i - 2) &&
        close[i] > bodyBottom(c, i - 2) &&
        ((first === 1 && realBodyGapUp(c, i - 1, i - 2)) || (first === -1 && realBodyGapDown(c, i - 1, i - 2)));
      out[i] = methods ? first * 100 : 0;
    }
  }
});
