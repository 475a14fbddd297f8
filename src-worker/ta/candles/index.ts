import type { TaFunctionSpec } from '../types.js';

export const candleFunctions: readonly TaFunctionSpec[] = [];
