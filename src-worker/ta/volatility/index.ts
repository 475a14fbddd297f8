import type { TaFunctionSpec } from '../types.js';
import { ATR, NATR, TRANGE } from './true-range.js';

export const volatilityFunctions: readonly TaFunctionSpec[] = [ATR, NATR, TRANGE];
