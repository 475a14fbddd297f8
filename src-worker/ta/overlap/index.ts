import type { TaFunctionSpec } from '../types.js';

export const overlapFunctions: readonly TaFunctionSpec[] = [];
