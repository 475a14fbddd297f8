import { CandleAverage } from '../core/average.js';
import { bodyBottom, bodyTop, candleColor, realBody, realBodyGapDown, realBodyGapUp } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { Near, patternLookback } from '../core/settings.js';

/**
 * Tasuki gap (a gap, a candle continuing it, then a similar-sized opposite candle partly closing the gap):
 * `ta.CDLTASUKIGAP(open, high, low, close)` → ±100 (direction of the gap), or 0.
 */
export const CDLTASUKIGAP = candlePattern({
  name: 'CDLTASUKIGAP',
  doc: 'Tasuki Gap',
  lookback: patternLookback(2, Near),
  scan(c, start, out) {
    const near = new CandleAverage(c, Near, start - 1);
    const { open, close } = c;
    for (let i = start; i < out.length; i++) {
      const similarBodies = Math.abs(realBody(c, i - 1) - realBody(c, i)) < near.value();
      const upside =
        realBodyGapUp(c, i - 1, i - 2) &&
        candleColor(c, i - 1) === 1 &&
        candleColor(c, i) === -1 &&
        open[i] < close[i - 1] &&
        open[i] > open[i - 1] &&
        close[i] < open[i - 1] &&
        close[i] > bodyTop(c, i - 2) &&
        similarBodies;
      const downside =
        realBodyGapDown(c, i - 1, i - 2) &&
        candleColor(c, i - 1) === -1 &&
        candleColor(c, i) === 1 &&
        open[i] < open[i - 1] &&
        open[i] > close[i - 1] &&
        close[i] > open[i - 1] &&
        close[i] < bodyBottom(c, i - 2) &&
        similarBodies;
      out[i] = upside || downside ? candleColor(c, i - 1) * 100 : 0;
      near.next();
    }
  }
});
