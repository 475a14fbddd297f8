import type { TaFunctionSpec } from '../types.js';
import { AVGDEV } from './avgdev.js';
import { BETA, CORREL } from './correlation.js';
import { LINEARREG, LINEARREG_ANGLE, LINEARREG_INTERCEPT, LINEARREG_SLOPE, TSF } from './linear-regression.js';
import { STDDEV, VAR } from './variance.js';

export const statisticFunctions: readonly TaFunctionSpec[] = [
  STDDEV,
  VAR,
  LINEARREG,
  LINEARREG_SLOPE,
  LINEARREG_ANGLE,
  LINEARREG_INTERCEPT,
  TSF,
  CORREL,
  BETA,
  AVGDEV
];
