import type { TaFunctionSpec } from '../types.js';
import { averageLoops } from './average-loops.js';
import { bollingerLoops } from './bollinger-loops.js';
import { CE } from './chandelier-exit.js';
import { CMF } from './cmf.js';
import { CRSI } from './connors-rsi.js';
import { TDS, ZIGZAG } from './discrete-states.js';
import { HMA } from './hma.js';
import { ICHIMOKU } from './ichimoku.js';
import { LRSI } from './laguerre-rsi.js';
import { momentumSignals } from './momentum.js';
import { RVOL } from './rvol.js';
import { SQUEEZE } from './squeeze.js';
import { trendSignals } from './trend.js';
import { volatilitySignals } from './volatility.js';
import { volumeLoops } from './volume-loops.js';
import { volumeSignals } from './volume.js';

/**
 * The indicators TA-Lib lacks, from trading-signals: the popular ones and the
 * simple recurrences hand-written as typed-array loops, the rest driving trading-signals'
 * own streaming classes.
 */
export const signalFunctions: readonly TaFunctionSpec[] = [
  ...momentumSignals,
  CRSI,
  LRSI,
  TDS,
  HMA,
  ICHIMOKU,
  CE,
  ...trendSignals,
  ZIGZAG,
  SQUEEZE,
  ...volatilitySignals,
  ...bollingerLoops,
  CMF,
  RVOL,
  ...volumeSignals,
  ...volumeLoops,
  ...averageLoops
];
