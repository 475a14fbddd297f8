import type { TaFunctionSpec } from '../types.js';

export const cycleFunctions: readonly TaFunctionSpec[] = [];
