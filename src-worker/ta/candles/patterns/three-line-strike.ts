import { CandleAverage } from '../core/average.js';
import { bodyBottom, bodyTop, candleColor } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { Near, patternLookback } from '../core/settings.js';

/**
 * Three-line strike (three same-colour candles stepping on, each opening in or near the prior body,
 * then an opposite candle wiping them out): `ta.CDL3LINESTRIKE(open, high, low, close)` → ±100 (colour of the three), or 0.
 */
export const CDL3LINESTRIKE = candlePattern({
  name: 'CDL3LINESTRIKE',
  doc: 'Three-Line Strike',
  lookback: patternLookback(3, Near),
  scan(c, start, out) {
    const near3 = new CandleAverage(c, Near, start - 3);
    const near2 = new CandleAverage(c, Near, start - 2);
    const { open, close } = c;
    for (let i = start; i < out.length; i++) {
      const color = candleColor(c, i - 1);
      const strike =
        candleColor(c, i - 3) === candleColor(c, i - 2) &&
        candleColor(c, i - 2) === color &&
        candleColor(c, i) === -color &&
        open[i - 2] >= bodyBottom(c, i - 3) - near3.value() &&
        open[i - 2] <= bodyTop(c, i - 3) + near3.value() &&
        open[i - 1] >= bodyBottom(c, i - 2) - near2.value() &&
        open[i - 1] <= bodyTop(c, i - 2) + near2.value() &&
        ((color === 1 &&
          close[i - 1] > close[i - 2] &&
          close[i - 2] > close[i - 3] &&
          open[i] > close[i - 1] &&
          close[i] < open[i - 3]) ||
          (color === -1 &&
            close[i - 1] < close[i - 2] &&
            close[i - 2] < close[i - 3] &&
            open[i] < close[i - 1] &&
            close[i] > open[i - 3]));
      out[i] = strike ? color * 100 : 0;
      near3.next();
      near2.next();
    }
  }
});
