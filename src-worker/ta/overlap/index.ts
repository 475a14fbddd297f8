import type { TaFunctionSpec } from '../types.js';
import { ACCBANDS } from './accbands.js';
import { BBANDS } from './bbands.js';
import { MAMA } from './mama.js';
import { MIDPOINT, MIDPRICE } from './midpoint.js';
import { DEMA, EMA, KAMA, MA, SMA, T3, TEMA, TRIMA, WMA } from './moving-averages.js';
import { SAR, SAREXT } from './sar.js';

export const overlapFunctions: readonly TaFunctionSpec[] = [
  SMA,
  EMA,
  WMA,
  DEMA,
  TEMA,
  TRIMA,
  KAMA,
  T3,
  MA,
  BBANDS,
  SAR,
  SAREXT,
  MIDPOINT,
  MIDPRICE,
  MAMA,
  ACCBANDS
];
