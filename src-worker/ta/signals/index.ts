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
import { trendOverlays } from './trend-overlays.js';
import { volatilityLoops } from './volatility-loops.js';
import { volatilityStops } from './volatility-stops.js';
import { volumeLoops } from './volume-loops.js';
import { volumeOscillators } from './volume-oscillators.js';

/**
 * The indicators TA-Lib lacks, from trading-signals, each hand-written as a typed-array
 * loop that equals trading-signals' own class fed bar by bar (see signals.test.ts).
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
  ...trendOverlays,
  ...volatilityStops,
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
