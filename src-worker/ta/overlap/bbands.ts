import { rollingStdDev, stdDevAround } from '../core/deviation.js';
import { MA_TYPE, movingAverage, movingAverageLookback } from '../core/moving-averages.js';
import { maTypeOption, timePeriod, unboundedReal } from '../core/options.js';
import { applyFrom } from '../core/series.js';
import { nanSeries, real } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';

/** Middle band and its standard deviation, both aligned with `x`. */
function middleAndDeviation(x: Float64Array, period: number, maType: number): [Float64Array, Float64Array] {
  const middle = movingAverage(x, period, maType);
  // TA-Lib reuses the SMA for the deviation; other types get a plain STDDEV started where the MA starts.
  if (maType === MA_TYPE.SMA) return [middle, stdDevAround(x, middle, period)];
  const start = Math.max(movingAverageLookback(period, maType), period - 1) - (period - 1);
  return [middle, applyFrom(x, start, (tail) => rollingStdDev(tail, period))];
}

/** `ta.BBANDS(close, 20, 2, 2, 0)` → [upper, middle, lower] */
export const BBANDS: TaFunctionSpec = {
  name: 'BBANDS',
  group: 'Overlap Studies',
  doc: 'Bollinger Bands',
  inputs: [real()],
  options: [
    timePeriod(5),
    unboundedReal('optInNbDevUp', 'nbdevup', 2),
    unboundedReal('optInNbDevDn', 'nbdevdn', 2),
    maTypeOption('optInMAType', 'matype')
  ],
  outputs: ['outRealUpperBand', 'outRealMiddleBand', 'outRealLowerBand'],
  integerOutputs: false,
  compute([x], [period, nbDevUp, nbDevDn, maType]) {
    const n = x.length;
    const [ma, deviation] = middleAndDeviation(x, period, maType);
    const upper = nanSeries(n);
    const middle = nanSeries(n);
    const lower = nanSeries(n);
    for (let i = 0; i < n; i++) {
      const sd = deviation[i];
      const mid = ma[i];
      if (Number.isNaN(sd) || Number.isNaN(mid)) continue;
      middle[i] = mid;
      // Same multiplier: TA-Lib scales the deviation once and adds/subtracts it.
      if (nbDevUp === nbDevDn) {
        const width = nbDevUp === 1 ? sd : sd * nbDevUp;
        upper[i] = mid + width;
        lower[i] = mid - width;
      } else {
        upper[i] = mid + (nbDevUp === 1 ? sd : sd * nbDevUp);
        lower[i] = mid - (nbDevDn === 1 ? sd : sd * nbDevDn);
      }
    }
    return [upper, middle, lower];
  }
};
