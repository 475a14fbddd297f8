import type { TaFunctionSpec } from '../types.js';
import { averageLoops } from './average-loops.js';
import { bollingerLoops } from './bollinger-loops.js';
import { CE } from './chandelier-exit.js';
import { CMF } from './cmf.js';
import { CRSI } from './connors-rsi.js';
import { cycleOscillators } from './cycle-oscillators.js';
import { dispersionLoops } from './dispersion.js';
import { TDS, ZIGZAG } from './discrete-states.js';
import { HMA } from './hma.js';
import { ICHIMOKU } from './ichimoku.js';
import { LRSI } from './laguerre-rsi.js';
import { momentumLoops } from './momentum-loops.js';
import { QQE } from './qqe.js';
import { RVGI } from './rvgi.js';
import { RVOL } from './rvol.js';
import { smoothedMomentum } from './smoothed-momentum.js';
import { SQUEEZE } from './squeeze.js';
import { trendLoops } from './trend-loops.js';
import { trendSignals } from './trend.js';
import { volatilityLoops } from './volatility-loops.js';
import { volumeLoops } from './volume-loops.js';
import { volumeOscillators } from './volume-oscillators.js';

/**
 * The indicators TA-Lib lacks, from trading-signals: the popular ones and the
 * simple recurrences hand-written as typed-array loops, the rest driving trading-signals'
 * own streaming classes.
 */
export const signalFunctions: readonly TaFunctionSpec[] = [
  ...momentumLoops,
  ...smoothedMomentum,
  ...cycleOscillators,
  QQE,
  RVGI,
  CRSI,
  LRSI,
  TDS,
  HMA,
  ICHIMOKU,
  CE,
  ...trendSignals,
  ...trendLoops,
  ZIGZAG,
  SQUEEZE,
  ...volatilityLoops,
  ...dispersionLoops,
  ...bollingerLoops,
  CMF,
  RVOL,
  ...volumeOscillators,
  ...volumeLoops,
  ...averageLoops
];
