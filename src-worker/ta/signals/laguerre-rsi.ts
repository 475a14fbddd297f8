import { nanSeries, real } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';
import { SIGNAL_GROUPS, factor } from './groups.js';

/**
 * Ehlers' Laguerre RSI: a four-stage Laguerre filter L0…L3 of the price with damping γ;
 * the result is the share of upward steps between neighbouring stages, 0…1 (0 when flat),
 * from the 4th bar on.
 */
export const LRSI: TaFunctionSpec = {
  name: 'LRSI',
  group: SIGNAL_GROUPS.momentum,
  doc: 'Laguerre RSI (0…1)',
  inputs: [real()],
  options: [factor('gamma', 0.5, 0, 0.99)],
  outputs: ['outLRSI'],
  integerOutputs: false,
  compute: ([x], [gamma]) => {
    const out = nanSeries(x.length);
    let l0 = 0;
    let l1 = 0;
    let l2 = 0;
    let l3 = 0;
    for (let i = 0; i < x.length; i++) {
      const n0 = (1 - gamma) * x[i] + gamma * l0;
      const n1 = -gamma * n0 + l0 + gamma * l1;
      const n2 = -gamma * n1 + l1 + gamma * l2;
      const n3 = -gamma * n2 + l2 + gamma * l3;
      l0 = n0;
      l1 = n1;
      l2 = n2;
      l3 = n3;
      if (i < 3) continue;
      // Rises and falls between the four stages, added in trading-signals' order (first to last stage; adding 0 changes nothing).
      const a = n0 - n1;
      const b = n1 - n2;
      const c = n2 - n3;
      const upward = (a >= 0 ? a : 0) + (b >= 0 ? b : 0) + (c >= 0 ? c : 0);
      const downward = (a < 0 ? -a : 0) + (b < 0 ? -b : 0) + (c < 0 ? -c : 0);
      out[i] = upward + downward === 0 ? 0 : upward / (upward + downward);
    }
    return [out];
  }
};
