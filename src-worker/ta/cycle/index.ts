import type { TaFunctionSpec } from '../types.js';
import { HT_DCPERIOD, HT_PHASOR } from './dominant-cycle.js';
import { HT_DCPHASE, HT_SINE, HT_TRENDLINE, HT_TRENDMODE } from './sine-wave.js';

export const cycleFunctions: readonly TaFunctionSpec[] = [
  HT_DCPERIOD,
  HT_DCPHASE,
  HT_PHASOR,
  HT_SINE,
  HT_TRENDMODE,
  HT_TRENDLINE
];
