import type { TaFunctionSpec } from '../types.js';

export const volatilityFunctions: readonly TaFunctionSpec[] = [];
