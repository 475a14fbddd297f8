import { tripleConfirmation } from './exploration/triple-confirmation.js';
import { technicalSnapshot } from './exploration/technical-snapshot.js';
import { connorsRsiPullback } from './momentum/connors-rsi-pullback.js';
import { macdCrossover } from './momentum/macd-crossover.js';
import { momentumBreakout } from './momentum/momentum-breakout.js';
import { rsiOversoldOverbought } from './momentum/rsi-oversold-overbought.js';
import { stochasticCrossover } from './momentum/stochastic-crossover.js';
import { candlestickPatterns } from './price-patterns/candlestick-patterns.js';
import { fibonacciRetracement } from './price-patterns/fibonacci-retracement.js';
import { nr7InsideBar } from './price-patterns/nr7-inside-bar.js';
import { supportResistanceBreakout } from './price-patterns/support-resistance-breakout.js';
import { adxTrendStrength } from './trend/adx-trend-strength.js';
import { chandelierExitFlip } from './trend/chandelier-exit-flip.js';
import { emaCrossover } from './trend/ema-crossover.js';
import { goldenDeathCross } from './trend/golden-death-cross.js';
import { hullMaTurnsUp } from './trend/hull-ma-turns-up.js';
import { ichimokuCloudBreakout } from './trend/ichimoku-cloud-breakout.js';
import { parabolicSarReversal } from './trend/parabolic-sar-reversal.js';
import { regressionChannelBreak } from './trend/regression-channel-break.js';
import { supertrendFlip } from './trend/supertrend-flip.js';
import { weeklyUptrendDailyPullback } from './timeframes/weekly-uptrend-daily-pullback.js';
import type { ScannerTemplate } from './types.js';
import { monthlyBreakout } from './universe/monthly-breakout.js';
import { rsLeadersVsNifty } from './universe/rs-leaders-vs-nifty.js';
import { sectorLeaders } from './universe/sector-leaders.js';
import { atrExpansionContraction } from './volatility/atr-expansion-contraction.js';
import { bollingerSqueeze } from './volatility/bollinger-squeeze.js';
import { keltnerBreakout } from './volatility/keltner-breakout.js';
import { ttmSqueezeFires } from './volatility/ttm-squeeze-fires.js';
import { volatilityBreakout } from './volatility/volatility-breakout.js';
import { obvTrend } from './volume/obv-trend.js';
import { priceVolumeDivergence } from './volume/price-volume-divergence.js';
import { relativeVolumeSpike } from './volume/relative-volume-spike.js';
import { volumeBreakout } from './volume/volume-breakout.js';
import { volumeDryUp } from './volume/volume-dry-up.js';
import { volumePriceTrend } from './volume/volume-price-trend.js';

export { TEMPLATE_CATEGORIES, type ScannerTemplate, type TemplateCategory } from './types.js';

/** The built-in scanner library, grouped in TEMPLATE_CATEGORIES order. */
export const SCANNER_TEMPLATES: readonly ScannerTemplate[] = [
  macdCrossover,
  rsiOversoldOverbought,
  stochasticCrossover,
  momentumBreakout,
  connorsRsiPullback,
  rsLeadersVsNifty,
  volumeBreakout,
  volumeDryUp,
  priceVolumeDivergence,
  obvTrend,
  volumePriceTrend,
  relativeVolumeSpike,
  emaCrossover,
  goldenDeathCross,
  adxTrendStrength,
  regressionChannelBreak,
  supertrendFlip,
  parabolicSarReversal,
  ichimokuCloudBreakout,
  hullMaTurnsUp,
  chandelierExitFlip,
  weeklyUptrendDailyPullback,
  bollingerSqueeze,
  atrExpansionContraction,
  keltnerBreakout,
  volatilityBreakout,
  ttmSqueezeFires,
  supportResistanceBreakout,
  candlestickPatterns,
  fibonacciRetracement,
  nr7InsideBar,
  monthlyBreakout,
  technicalSnapshot,
  tripleConfirmation,
  sectorLeaders
];
