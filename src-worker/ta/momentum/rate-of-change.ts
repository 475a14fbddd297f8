import { timePeriod } from '../core/options.js';
import { nanSeries, real } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';

/** A spec comparing each value with the one `period` bars earlier. */
function lagged(
  name: string,
  doc: string,
  defaultPeriod: number,
  compare: (today: number, past: number) => number
): TaFunctionSpec {
  return {
    name,
    group: 'Momentum Indicators',
    doc,
    inputs: [real()],
    options: [timePeriod(defaultPeriod, 1)],
    outputs: ['outReal'],
    integerOutputs: false,
    compute([x], [period]) {
      const out = nanSeries(x.length);
      for (let i = period; i < x.length; i++) out[i] = compare(x[i], x[i - period]);
      return [out];
    }
  };
}

/** `ta.MOM(close, 10)` */
export const MOM = lagged('MOM', 'Momentum', 10, (today, past) => today - past);
/** `ta.ROC(close, 10)` — ((price/prevPrice)-1)*100 */
export const ROC = lagged('ROC', 'Rate of change : ((price/prevPrice)-1)*100', 10, (today, past) =>
  past !== 0 ? (today / past - 1) * 100 : 0
);
/** `ta.ROCP(close, 10)` — (price-prevPrice)/prevPrice */
export const ROCP = lagged('ROCP', 'Rate of change Percentage: (price-prevPrice)/prevPrice', 10, (today, past) =>
  past !== 0 ? (today - past) / past : 0
);
/** `ta.ROCR(close, 10)` — price/prevPrice */
export const ROCR = lagged('ROCR', 'Rate of change ratio: (price/prevPrice)', 10, (today, past) =>
  past !== 0 ? today / past : 0
);
/** `ta.ROCR100(close, 10)` — (price/prevPrice)*100 */
export const ROCR100 = lagged('ROCR100', 'Rate of change ratio 100 scale: (price/prevPrice)*100', 10, (today, past) =>
  past !== 0 ? (today / past) * 100 : 0
);
