import type { TaFunctionSpec } from '../types.js';

export const priceFunctions: readonly TaFunctionSpec[] = [];
