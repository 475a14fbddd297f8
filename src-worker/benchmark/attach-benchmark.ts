import type { PackedCandles } from '../candles/packed.js';
import type { BatchTask } from '../engine/engine-api.js';

/**
 * The scan's tasks, each carrying the benchmark loaded once for the whole scan
 * (the same packed candles for every symbol; null when there is none).
 * @example pool.scan({ source, symbols: attachBenchmark(loadTasks(), packCandles(nifty)) })
 */
export async function* attachBenchmark(
  tasks: Iterable<BatchTask> | AsyncIterable<BatchTask>,
  benchmark: PackedCandles | null
): AsyncGenerator<BatchTask> {
  for await (const task of tasks) yield { ...task, benchmark };
}
