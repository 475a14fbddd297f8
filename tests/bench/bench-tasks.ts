import { realCandles, realSymbols } from '../fixtures/real-candles.js';
import { benchTasks, type RealSeries } from '../../src/routes/bench/bench-workload.js';
import type { BatchTask } from '../../src-worker/engine/engine-api.js';

/** Every shipped real series, read once. */
export const loadRealSeries = (): RealSeries[] =>
  realSymbols().map((symbol) => ({ symbol, candles: realCandles(symbol) }));

/**
 * A factory of the 2,000 real 250-bar slices: each call packs fresh buffers,
 * since a pool scan transfers (detaches) the buffers it is given.
 * @example const tasks = benchTaskFactory(); await pool.scan({ source, symbols: tasks() })
 */
export function benchTaskFactory(series = loadRealSeries()): () => BatchTask[] {
  return () => benchTasks(series);
}
