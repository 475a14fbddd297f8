import type { TaFunctionSpec } from '../types.js';

export const mathFunctions: readonly TaFunctionSpec[] = [];
