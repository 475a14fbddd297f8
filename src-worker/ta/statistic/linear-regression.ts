import { intOption, nanSeries, real } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';

/** Which value of the fitted line y = intercept + slope·x (x = 0 at the oldest bar) to report. */
type LinePick = (slope: number, intercept: number, period: number) => number;

/**
 * Least-squares line over each window of `period` bars, refitted from scratch
 * each bar with TA-Lib's sums (x counts back from the newest bar) so values match.
 */
function linearRegression(x: Float64Array, period: number, pick: LinePick): Float64Array {
  const n = x.length;
  const out = nanSeries(n);
  if (n < period) return out;
  const sumX = period * (period - 1) * 0.5;
  const sumXSquared = (period * (period - 1) * (2 * period - 1)) / 6;
  const divisor = sumX * sumX - period * sumXSquared;
  for (let today = period - 1; today < n; today++) {
    let sumXY = 0;
    let sumY = 0;
    for (let back = period - 1; back >= 0; back--) {
      const value = x[today - back];
      sumY += value;
      sumXY += back * value;
    }
    const slope = (period * sumXY - sumX * sumY) / divisor;
    const intercept = (sumY - slope * sumX) / period;
    out[today] = pick(slope, intercept, period);
  }
  return out;
}

function regressionSpec(name: string, doc: string, pick: LinePick): TaFunctionSpec {
  return {
    name,
    group: 'Statistic Functions',
    doc,
    inputs: [real()],
    options: [intOption('optInTimePeriod', 'timeperiod', 14, 2)],
    outputs: ['outReal'],
    integerOutputs: false,
    rescansWindow: true,
    compute: ([x], [period]) => [linearRegression(x, period, pick)]
  };
}

/** Linear Regression, the fitted value at the newest bar: `ta.LINEARREG(close, 14)`. */
export const LINEARREG = regressionSpec(
  'LINEARREG',
  'Linear Regression',
  (slope, intercept, period) => intercept + slope * (period - 1)
);

/** Linear Regression Slope, per bar: `ta.LINEARREG_SLOPE(close, 14)`. */
export const LINEARREG_SLOPE = regressionSpec('LINEARREG_SLOPE', 'Linear Regression Slope', (slope) => slope);

/** Linear Regression Angle, the slope in degrees: `ta.LINEARREG_ANGLE(close, 14)`. */
export const LINEARREG_ANGLE = regressionSpec(
  'LINEARREG_ANGLE',
  'Linear Regression Angle',
  (slope) => Math.atan(slope) * (180 / Math.PI)
);

/** Linear Regression Intercept, the fitted value at the oldest bar of the window: `ta.LINEARREG_INTERCEPT(close, 14)`. */
export const LINEARREG_INTERCEPT = regressionSpec(
  'LINEARREG_INTERCEPT',
  'Linear Regression Intercept',
  (_slope, intercept) => intercept
);

/** Time Series Forecast, the line extended one bar ahead: `ta.TSF(close, 14)`. */
export const TSF = regressionSpec(
  'TSF',
  'Time Series Forecast',
  (slope, intercept, period) => intercept + slope * period
);
