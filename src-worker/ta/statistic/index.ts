import type { TaFunctionSpec } from '../types.js';

export const statisticFunctions: readonly TaFunctionSpec[] = [];
