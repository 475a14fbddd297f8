import type { TaFunctionSpec } from '../types.js';
import { DONCHIAN } from './donchian.js';
import { KELTNER } from './keltner.js';
import { SUPERTREND } from './supertrend.js';
import { VWAP } from './vwap.js';

export const extraFunctions: readonly TaFunctionSpec[] = [SUPERTREND, VWAP, KELTNER, DONCHIAN];
