import { mama } from '../core/mama.js';
import { real, realOption } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';

/** `ta.MAMA(close, 0.5, 0.05)` → [mama, fama] */
export const MAMA: TaFunctionSpec = {
  name: 'MAMA',
  group: 'Overlap Studies',
  doc: 'MESA Adaptive Moving Average',
  inputs: [real()],
  options: [
    realOption('optInFastLimit', 'fastlimit', 0.5, 0.01, 0.99),
    realOption('optInSlowLimit', 'slowlimit', 0.05, 0.01, 0.99)
  ],
  outputs: ['outMAMA', 'outFAMA'],
  integerOutputs: false,
  compute: ([x], [fastLimit, slowLimit]) => mama(x, fastLimit, slowLimit)
};
