import type { TaFunctionSpec } from '../types.js';

export const volumeFunctions: readonly TaFunctionSpec[] = [];
