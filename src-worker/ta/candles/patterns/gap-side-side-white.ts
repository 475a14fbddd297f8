import { CandleAverage } from '../core/average.js';
import { candleColor, realBody, realBodyGapDown, realBodyGapUp } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { Equal, Near, patternLookback } from '../core/settings.js';

/**
 * Up/down-gap side-by-side white lines (two similar whites opening alike, both gapping away from the
 * candle before): `ta.CDLGAPSIDESIDEWHITE(open, high, low, close)` → 100 after an up gap, -100 after a down gap, or 0.
 */
export const CDLGAPSIDESIDEWHITE = candlePattern({
  name: 'CDLGAPSIDESIDEWHITE',
  doc: 'Up/Down-gap side-by-side white lines',
  lookback: patternLookback(2, Near, Equal),
  scan(c, start, out) {
    const near = new CandleAverage(c, Near, start - 1);
    const equal = new CandleAverage(c, Equal, start - 1);
    const { open } = c;
    for (let i = start; i < out.length; i++) {
      const gapUp = realBodyGapUp(c, i - 1, i - 2) && realBodyGapUp(c, i, i - 2);
      const gapDown = realBodyGapDown(c, i - 1, i - 2) && realBodyGapDown(c, i, i - 2);
      const sideBySide =
        (gapUp || gapDown) &&
        candleColor(c, i - 1) === 1 &&
        candleColor(c, i) === 1 &&
        realBody(c, i) >= realBody(c, i - 1) - near.value() &&
        realBody(c, i) <= realBody(c, i - 1) + near.value() &&
        open[i] >= open[i - 1] - equal.value() &&
        open[i] <= open[i - 1] + equal.value();
      out[i] = sideBySide ? (realBodyGapUp(c, i - 1, i - 2) ? 100 : -100) : 0;
      near.next();
      equal.next();
    }
  }
});
