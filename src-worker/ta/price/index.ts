import type { TaFunctionSpec } from '../types.js';
import { AVGPRICE, MEDPRICE, TYPPRICE, WCLPRICE } from './price-transforms.js';

export const priceFunctions: readonly TaFunctionSpec[] = [AVGPRICE, MEDPRICE, TYPPRICE, WCLPRICE];
