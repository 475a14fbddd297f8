import type { TaFunctionSpec } from '../types.js';

export const momentumFunctions: readonly TaFunctionSpec[] = [];
