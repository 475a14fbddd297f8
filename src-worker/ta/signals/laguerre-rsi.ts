import { nanSeries, real } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';
import { SIGNAL_GROUPS, factor } from './groups.js';

/**
 * Ehlers' Laguerre RSI: a four-stage Laguerre filter L0…L3 of the price with damping γ;
 * the result is the share of upward steps between neighbouring stages, 0…1 (0 when flat),
 * from the 4th bar on.
 */
export const LRSI: TaFunctionSpec = {
  name: 'LRSI', group: SIGNAL_GROUPS.momentum, doc: 'Laguerre RSI (0…1)', inputs: [real()],
  options: [factor('gamma', 0.5, 0, 0.99)], outputs: ['outLRSI'], integerOutputs: false,
  compute: ([x], [gamma]) => {
    const out = nanSeries(x.length);
    let [l0, l1, l2, l3] = [0, 0, 0, 0];
    for (let i = 0; i < x.length; i++) {
      const n0 = (1 - gamma) * x[i] + gamma * l0;
      const n1 = -gamma * n0 + l0 + gamma * l1;
      const n2 = -gamma * n1 + l1 + gamma * l2;
      const n3 = -gamma * n2 + l2 + gamma * l3;
      [l0, l1, l2, l3] = [n0, n1, n2, n3];
      if (i < 3) continue;
      let [upward, downward] = [0, 0];
      for (const difference of [n0 - n1, n1 - n2, n2 - n3]) {
        if (difference >= 0) upward += difference;
        else downward -= difference;
      }
      out[i] = upward + downward === 0 ? 0 : upward / (upward + downward);
    }
    return [out];
  }
};
