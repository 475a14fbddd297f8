import type { TaFunctionSpec } from '../types.js';
import { CE } from './chandelier-exit.js';
import { CMF } from './cmf.js';
import { CRSI } from './connors-rsi.js';
import { HMA } from './hma.js';
import { ICHIMOKU } from './ichimoku.js';
import { momentumSignals } from './momentum.js';
import { RVOL } from './rvol.js';
import { SQUEEZE } from './squeeze.js';
import { trendSignals } from './trend.js';
import { volatilitySignals } from './volatility.js';
import { volumeSignals } from './volume.js';

/**
 * The indicators TA-Lib lacks, from trading-signals: the popular ones (and Connors RSI) hand-written
 * as typed-array loops, the rest driving trading-signals' own streaming classes.
 */
export const signalFunctions: readonly TaFunctionSpec[] = [
  ...momentumSignals,
  CRSI,
  HMA,
  ICHIMOKU,
  CE,
  ...trendSignals,
  SQUEEZE,
  ...volatilitySignals,
  CMF,
  RVOL,
  ...volumeSignals
];
