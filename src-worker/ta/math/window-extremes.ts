import { intOption, nanSeries, real } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';

/**
 * Index of the highest (`sign` = 1) or lowest (`sign` = -1) value in each
 * window of `period` bars, NaN during the lookback. Ties follow TA-Lib: a
 * rescan keeps the oldest tie, a new bar equal to the extreme takes over.
 */
function extremeIndexes(x: Float64Array, period: number, sign: 1 | -1): Float64Array {
  const n = x.length;
  const out = nanSeries(n);
  let bestIdx = -1;
  let best = 0;
  for (let today = period - 1; today < n; today++) {
    const trailing = today - period + 1;
    const value = sign * x[today];
    if (bestIdx < trailing) {
      // The extreme left the window: rescan it.
      bestIdx = trailing;
      best = sign * x[trailing];
      for (let i = trailing + 1; i <= today; i++) {
        if (sign * x[i] > best) {
          bestIdx = i;
          best = sign * x[i];
        }
      }
    } else if (value >= best) {
      bestIdx = today;
      best = value;
    }
    out[today] = bestIdx;
  }
  return out;
}

/** Highest value over each window: `highest(close, 30)`. */
export function highest(x: Float64Array, period: number): Float64Array {
  return valuesAt(x, extremeIndexes(x, period, 1));
}

/** Lowest value over each window: `lowest(close, 30)`. */
export function lowest(x: Float64Array, period: number): Float64Array {
  return valuesAt(x, extremeIndexes(x, period, -1));
}

function valuesAt(x: Float64Array, indexes: Float64Array): Float64Array {
  const out = nanSeries(x.length);
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(indexes[i])) out[i] = x[indexes[i]];
  return out;
}

function windowSpec(
  name: string,
  doc: string,
  outputs: string[],
  integerOutputs: boolean,
  compute: (x: Float64Array, period: number) => Float64Array[]
): TaFunctionSpec {
  return {
    name,
    group: 'Math Operators',
    doc,
    inputs: [real()],
    options: [intOption('optInTimePeriod', 'timeperiod', 30, 2)],
    outputs,
    integerOutputs,
    rescansWindow: true,
    compute: ([x], [period]) => compute(x, period)
  };
}

/** Highest value over a specified period: `ta.MAX(close, 30)`. */
export const MAX = windowSpec('MAX', 'Highest value over a specified period', ['outReal'], false, (x, p) => [
  highest(x, p)
]);

/** Lowest value over a specified period: `ta.MIN(close, 30)`. */
export const MIN = windowSpec('MIN', 'Lowest value over a specified period', ['outReal'], false, (x, p) => [
  lowest(x, p)
]);

/** Index (into the input) of the highest value over a specified period: `ta.MAXINDEX(close, 30)`. */
export const MAXINDEX: TaFunctionSpec = withIndexOutputs(
  windowSpec('MAXINDEX', 'Index of highest value over a specified period', ['outInteger'], true, (x, p) => [
    extremeIndexes(x, p, 1)
  ])
);

/** Index (into the input) of the lowest value over a specified period: `ta.MININDEX(close, 30)`. */
export const MININDEX: TaFunctionSpec = withIndexOutputs(
  windowSpec('MININDEX', 'Index of lowest value over a specified period', ['outInteger'], true, (x, p) => [
    extremeIndexes(x, p, -1)
  ])
);

/** Lowest and highest values over a specified period: `ta.MINMAX(close, 30)`. */
export const MINMAX = windowSpec(
  'MINMAX',
  'Lowest and highest values over a specified period',
  ['outMin', 'outMax'],
  false,
  (x, p) => [lowest(x, p), highest(x, p)]
);

/** Indexes of the lowest and highest values over a specified period: `ta.MINMAXINDEX(close, 30)`. */
export const MINMAXINDEX: TaFunctionSpec = withIndexOutputs(
  windowSpec(
    'MINMAXINDEX',
    'Indexes of lowest and highest values over a specified period',
    ['outMinIdx', 'outMaxIdx'],
    true,
    (x, p) => [extremeIndexes(x, p, -1), extremeIndexes(x, p, 1)]
  )
);

/** Marks outputs that are bar indexes, so the bridge can shift them past skipped leading NaNs. */
function withIndexOutputs(spec: TaFunctionSpec): TaFunctionSpec {
  return { ...spec, outputsAreIndexes: true };
}
