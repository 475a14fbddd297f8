import { CandleAverage } from '../core/average.js';
import { candleColor, realBody } from '../core/candle.js';
import { candlePattern } from '../core/pattern.js';
import { BodyLong, Equal, patternLookback } from '../core/settings.js';

/** Counterattack (two long opposite bodies closing at the same level): `ta.CDLCOUNTERATTACK(open, high, low, close)` → ±100 (colour of the second), or 0. */
export const CDLCOUNTERATTACK = candlePattern({
  name: 'CDLCOUNTERATTACK',
  doc: 'Counterattack',
  lookback: patternLookback(1, Equal, BodyLong),
  scan(c, start, out) {
    const equal = new CandleAverage(c, Equal, start - 1);
    const firstLong = new CandleAverage(c, BodyLong, start - 1);
    const secondLong = new CandleAverage(c, BodyLong, start);
    const { close } = c;
    for (let i = start; i < out.length; i++) {
      const color = candleColor(c, i);
      const counterattack =
        candleColor(c, i - 1) === -color &&
        realBody(c, i - 1) > firstLong.value() &&
        realBody(c, i) > secondLong.value() &&
        close[i] <= close[i - 1] + equal.value() &&
        close[i] >= close[i - 1] - equal.value();
      out[i] = counterattack ? color * 100 : 0;
      equal.next();
      firstLong.next();
      secondLong.next();
    }
  }
});
