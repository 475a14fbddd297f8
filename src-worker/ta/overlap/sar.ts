import { REAL_MAX, unboundedReal } from '../core/options.js';
import { nanSeries, price } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';

interface SarSettings {
  /** 0 picks the direction from the first two bars; > 0 starts long at that SAR, < 0 short at its magnitude. */
  startValue: number;
  offsetOnReverse: number;
  initLong: number;
  stepLong: number;
  maxLong: number;
  initShort: number;
  stepShort: number;
  maxShort: number;
  /** SAREXT reports short positions as negative values. */
  negateShort: boolean;
}

/** Wilder's parabolic stop-and-reverse, following TA-Lib's bootstrap from the first bar. */
function parabolicSar(high: Float64Array, low: Float64Array, s: SarSettings): Float64Array {
  const n = high.length;
  const out = nanSeries(n);
  if (n < 2) return out;
  const maxLong = s.maxLong;
  const maxShort = s.maxShort;
  const initLong = Math.min(s.initLong, maxLong);
  const stepLong = Math.min(s.stepLong, maxLong);
  const initShort = Math.min(s.initShort, maxShort);
  const stepShort = Math.min(s.stepShort, maxShort);
  const shortSign = s.negateShort ? -1 : 1;

  let isLong: boolean;
  let sar: number;
  let ep: number;
  if (s.startValue === 0) {
    // TA-Lib starts short only when bar 1 shows a -DM (a lower low that outweighs the higher high).
    const downMove = low[0] - low[1];
    const upMove = high[1] - high[0];
    isLong = !(downMove > 0 && upMove < downMove);
    sar = isLong ? low[0] : high[0];
  } else {
    isLong = s.startValue > 0;
    sar = Math.abs(s.startValue);
  }
  ep = isLong ? high[1] : low[1];
  let afLong = initLong;
  let afShort = initShort;

  let newLow = low[1];
  let newHigh = high[1];
  for (let today = 1; today < n; today++) {
    const prevLow = newLow;
    const prevHigh = newHigh;
    newLow = low[today];
    newHigh = high[today];
    if (isLong) {
      if (newLow <= sar) {
        // Reverse to short: the stop jumps to the extreme point, kept above the last two highs.
        isLong = false;
        sar = Math.max(ep, prevHigh, newHigh);
        if (s.offsetOnReverse !== 0) sar += sar * s.offsetOnReverse;
        out[today] = shortSign * sar;
        afShort = initShort;
        ep = newLow;
        sar = sar + afShort * (ep - sar);
        sar = Math.max(sar, prevHigh, newHigh);
      } else {
        out[today] = sar;
        if (newHigh > ep) {
          ep = newHigh;
          afLong = Math.min(afLong + stepLong, maxLong);
        }
        sar = sar + afLong * (ep - sar);
        sar = Math.min(sar, prevLow, newLow);
      }
    } else if (newHigh >= sar) {
      isLong = true;
      sar = Math.min(ep, prevLow, newLow);
      if (s.offsetOnReverse !== 0) sar -= sar * s.offsetOnReverse;
      out[today] = sar;
      afLong = initLong;
      ep = newHigh;
      sar = sar + afLong * (ep - sar);
      sar = Math.min(sar, prevLow, newLow);
    } else {
      out[today] = shortSign * sar;
      if (newLow < ep) {
        ep = newLow;
        afShort = Math.min(afShort + stepShort, maxShort);
      }
      sar = sar + afShort * (ep - sar);
      sar = Math.max(sar, prevHigh, newHigh);
    }
  }
  return out;
}

/** `ta.SAR(high, low, 0.02, 0.2)` */
export const SAR: TaFunctionSpec = {
  name: 'SAR',
  group: 'Overlap Studies',
  doc: 'Parabolic SAR',
  inputs: [price('inPriceHL', 'high', 'low')],
  options: [
    unboundedReal('optInAcceleration', 'acceleration', 0.02, 0),
    unboundedReal('optInMaximum', 'maximum', 0.2, 0)
  ],
  outputs: ['outReal'],
  integerOutputs: false,
  compute: ([high, low], [acceleration, maximum]) => [
    parabolicSar(high, low, {
      startValue: 0,
      offsetOnReverse: 0,
      initLong: acceleration,
      stepLong: acceleration,
      maxLong: maximum,
      initShort: acceleration,
      stepShort: acceleration,
      maxShort: maximum,
      negateShort: false
    })
  ]
};

/** `ta.SAREXT(high, low)` — separate long/short factors; short positions come out negative. */
export const SAREXT: TaFunctionSpec = {
  name: 'SAREXT',
  group: 'Overlap Studies',
  doc: 'Parabolic SAR - Extended',
  inputs: [price('inPriceHL', 'high', 'low')],
  options: [
    unboundedReal('optInStartValue', 'startvalue', 0, -REAL_MAX),
    unboundedReal('optInOffsetOnReverse', 'offsetonreverse', 0, 0),
    unboundedReal('optInAccelerationInitLong', 'accelerationinitlong', 0.02, 0),
    unboundedReal('optInAccelerationLong', 'accelerationlong', 0.02, 0),
    unboundedReal('optInAccelerationMaxLong', 'accelerationmaxlong', 0.2, 0),
    unboundedReal('optInAccelerationInitShort', 'accelerationinitshort', 0.02, 0),
    unboundedReal('optInAccelerationShort', 'accelerationshort', 0.02, 0),
    unboundedReal('optInAccelerationMaxShort', 'accelerationmaxshort', 0.2, 0)
  ],
  outputs: ['outReal'],
  integerOutputs: false,
  compute: (
    [high, low],
    [startValue, offsetOnReverse, initLong, stepLong, maxLong, initShort, stepShort, maxShort]
  ) => [
    parabolicSar(high, low, {
      startValue,
      offsetOnReverse,
      initLong,
      stepLong,
      maxLong,
      initShort,
      stepShort,
      maxShort,
      negateShort: true
    })
  ]
};
