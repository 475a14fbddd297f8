import { intOption, nanSeries, price } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';

const isZero = (v: number) => v > -1e-8 && v < 1e-8;

/** `ta.ULTOSC(high, low, close, 7, 14, 28)` */
export const ULTOSC: TaFunctionSpec = {
  name: 'ULTOSC',
  group: 'Momentum Indicators',
  doc: 'Ultimate Oscillator',
  inputs: [price('inPriceHLC', 'high', 'low', 'close')],
  options: [
    intOption('optInTimePeriod1', 'timeperiod1', 7, 1),
    intOption('optInTimePeriod2', 'timeperiod2', 14, 1),
    intOption('optInTimePeriod3', 'timeperiod3', 28, 1)
  ],
  outputs: ['outReal'],
  integerOutputs: false,
  compute([high, low, close], periods) {
    // TA-Lib sorts the periods so the shortest always gets weight 4 and the longest weight 1.
    const [short, medium, long] = [...periods].sort((a, b) => a - b);
    const n = close.length;
    const out = nanSeries(n);
    if (n <= long) return [out];
    const buying = new Float64Array(n);
    const range = new Float64Array(n);
    for (let i = 1; i < n; i++) {
      const prevClose = close[i - 1];
      buying[i] = close[i] - Math.min(low[i], prevClose);
      let tr = high[i] - low[i];
      const fromHigh = Math.abs(prevClose - high[i]);
      if (fromHigh > tr) tr = fromHigh;
      const fromLow = Math.abs(prevClose - low[i]);
      if (fromLow > tr) tr = fromLow;
      range[i] = tr;
    }
    let a1 = 0;
    let b1 = 0;
    let a2 = 0;
    let b2 = 0;
    let a3 = 0;
    let b3 = 0;
    for (let i = 1; i < long; i++) {
      if (i >= long - short + 1) {
        a1 += buying[i];
        b1 += range[i];
      }
      if (i >= long - medium + 1) {
        a2 += buying[i];
        b2 += range[i];
      }
      a3 += buying[i];
      b3 += range[i];
    }
    for (let today = long; today < n; today++) {
      a1 += buying[today];
      a2 += buying[today];
      a3 += buying[today];
      b1 += range[today];
      b2 += range[today];
      b3 += range[today];
      let weighted = 0;
      if (!isZero(b1)) weighted += 4 * (a1 / b1);
      if (!isZero(b2)) weighted += 2 * (a2 / b2);
      if (!isZero(b3)) weighted += a3 / b3;
      a1 -= buying[today - short + 1];
      b1 -= range[today - short + 1];
      a2 -= buying[today - medium + 1];
      b2 -= range[today - medium + 1];
      a3 -= buying[today - long + 1];
      b3 -= range[today - long + 1];
      out[today] = 100 * (weighted / 7);
    }
    return [out];
  }
};
