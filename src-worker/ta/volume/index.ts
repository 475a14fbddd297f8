import type { TaFunctionSpec } from '../types.js';
import { AD, ADOSC } from './accumulation-distribution.js';
import { OBV } from './obv.js';

export const volumeFunctions: readonly TaFunctionSpec[] = [AD, ADOSC, OBV];
