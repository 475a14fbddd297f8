import type { TaFunctionSpec } from '../types.js';
import { AROON, AROONOSC } from './aroon.js';
import { BOP, IMI } from './candle-momentum.js';
import { CCI } from './cci.js';
import { ADX, ADXR, DX, MINUS_DI, MINUS_DM, PLUS_DI, PLUS_DM } from './directional.js';
import { MACD, MACDEXT, MACDFIX } from './macd.js';
import { MFI } from './money-flow.js';
import { APO, PPO, TRIX } from './price-oscillators.js';
import { MOM, ROC, ROCP, ROCR, ROCR100 } from './rate-of-change.js';
import { CMO, RSI } from './rsi.js';
import { STOCH, STOCHF, STOCHRSI, WILLR } from './stochastic.js';
import { ULTOSC } from './ultosc.js';

export const momentumFunctions: readonly TaFunctionSpec[] = [
  RSI,
  MACD,
  MACDFIX,
  MACDEXT,
  STOCH,
  STOCHF,
  STOCHRSI,
  ADX,
  ADXR,
  PLUS_DI,
  MINUS_DI,
  PLUS_DM,
  MINUS_DM,
  DX,
  CCI,
  MFI,
  WILLR,
  ROC,
  ROCP,
  ROCR,
  ROCR100,
  MOM,
  AROON,
  AROONOSC,
  APO,
  PPO,
  CMO,
  BOP,
  TRIX,
  ULTOSC,
  IMI
];
