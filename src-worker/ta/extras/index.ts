import type { TaFunctionSpec } from '../types.js';

export const extraFunctions: readonly TaFunctionSpec[] = [];
