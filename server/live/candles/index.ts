export { createCandleBuilder, type CandleBuilder, type CandleBuilderStats } from './candle-builder.js';
export {
  bucketStart,
  closesBar,
  toInterval,
  LIVE_INTERVAL_MINUTES,
  LIVE_INTERVALS,
  type LiveInterval
} from './interval-bars.js';
export type { FormingBar } from './symbol-bars.js';
export { backfillDay } from './backfill.js';
