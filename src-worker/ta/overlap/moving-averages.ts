import { dema, ema, kama, movingAverage, sma, t3, tema, trima, wma } from '../core/moving-averages.js';
import { maTypeOption, timePeriod } from '../core/options.js';
import { real, realOption } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';

const GROUP = 'Overlap Studies';

/** A single-input, single-period moving average spec. */
function periodAverage(
  name: string,
  doc: string,
  fn: (x: Float64Array, period: number) => Float64Array
): TaFunctionSpec {
  return {
    name,
    group: GROUP,
    doc,
    inputs: [real()],
    options: [timePeriod(30)],
    outputs: ['outReal'],
    integerOutputs: false,
    compute: ([x], [period]) => [fn(x, period)]
  };
}

/** `ta.SMA(close, 20)` */
export const SMA = periodAverage('SMA', 'Simple Moving Average', sma);
/** `ta.EMA(close, 20)` */
export const EMA = periodAverage('EMA', 'Exponential Moving Average', ema);
/** `ta.WMA(close, 20)` */
export const WMA = periodAverage('WMA', 'Weighted Moving Average', wma);
/** `ta.DEMA(close, 20)` */
export const DEMA = periodAverage('DEMA', 'Double Exponential Moving Average', dema);
/** `ta.TEMA(close, 20)` */
export const TEMA = periodAverage('TEMA', 'Triple Exponential Moving Average', tema);
/** `ta.TRIMA(close, 20)` */
export const TRIMA = periodAverage('TRIMA', 'Triangular Moving Average', trima);
/** `ta.KAMA(close, 30)` */
export const KAMA = periodAverage('KAMA', 'Kaufman Adaptive Moving Average', kama);

/** `ta.T3(close, 5, 0.7)` */
export const T3: TaFunctionSpec = {
  name: 'T3',
  group: GROUP,
  doc: 'Triple Exponential Moving Average (T3)',
  inputs: [real()],
  options: [timePeriod(5), realOption('optInVFactor', 'vfactor', 0.7, 0, 1)],
  outputs: ['outReal'],
  integerOutputs: false,
  compute: ([x], [period, vFactor]) => [t3(x, period, vFactor)]
};

/** `ta.MA(close, 20, 1)` — any MAType: 0 SMA, 1 EMA, 2 WMA, 3 DEMA, 4 TEMA, 5 TRIMA, 6 KAMA, 7 MAMA, 8 T3. */
export const MA: TaFunctionSpec = {
  name: 'MA',
  group: GROUP,
  doc: 'Moving average',
  inputs: [real()],
  options: [timePeriod(30, 1), maTypeOption('optInMAType', 'matype')],
  outputs: ['outReal'],
  integerOutputs: false,
  compute: ([x], [period, maType]) => [movingAverage(x, period, maType)]
};
