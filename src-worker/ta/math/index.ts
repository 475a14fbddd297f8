import type { TaFunctionSpec } from '../types.js';
import { ADD, DIV, MULT, SUB, SUM } from './operators.js';
import { ACOS, ASIN, ATAN, CEIL, COS, COSH, EXP, FLOOR, LN, LOG10, SIN, SINH, SQRT, TAN, TANH } from './transforms.js';
import { MAX, MAXINDEX, MIN, MININDEX, MINMAX, MINMAXINDEX } from './window-extremes.js';

export const mathFunctions: readonly TaFunctionSpec[] = [
  MAX,
  MIN,
  SUM,
  MAXINDEX,
  MININDEX,
  MINMAX,
  MINMAXINDEX,
  ADD,
  SUB,
  MULT,
  DIV,
  ACOS,
  ASIN,
  ATAN,
  CEIL,
  COS,
  COSH,
  EXP,
  FLOOR,
  LN,
  LOG10,
  SIN,
  SINH,
  SQRT,
  TAN,
  TANH
];
