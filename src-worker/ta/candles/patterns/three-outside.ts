import { candleColor } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';

/** Three outside up/down (an engulfing confirmed by a further close in its direction): `ta.CDL3OUTSIDE(open, high, low, close)` → ±100 or 0. */
export const CDL3OUTSIDE = candlePattern({
  name: 'CDL3OUTSIDE',
  doc: 'Three Outside Up/Down',
  lookback: 3,
  scan(c, start, out) {
    const { open, close } = c;
    for (let i = start; i < out.length; i++) {
      const second = candleColor(c, i - 1);
      const first = candleColor(c, i - 2);
      const up =
        second === 1 &&
        first === -1 &&
        close[i - 1] > open[i - 2] &&
        open[i - 1] < close[i - 2] &&
        close[i] > close[i - 1];
      const down =
        second === -1 &&
        first === 1 &&
        open[i - 1] > close[i - 2] &&
        close[i - 1] < open[i - 2] &&
        close[i] < close[i - 1];
      out[i] = up || down ? second * 100 : 0;
    }
  }
});
