import { packCandles } from '../../src-worker/candles/packed.js';
import type { CandleColumns } from '../../src-worker/candles/types.js';
import type { BatchTask } from '../../src-worker/engine/engine-api.js';
import { BENCH_SCANNER, type RealSeries } from '../../src/routes/bench/bench-workload.js';
import { benchTaskFactory } from './bench-tasks.js';
import { measureNodePool } from './engine-bench.js';
import { failed, measured, type BenchResult } from './report.js';

const WARMUPS = 2;
const RUNS = 5;
const TARGET_RATIO = { atMost: 1.5 };

/** The reference scanner plus a weekly EMA trend from tf('W') and an RS line against the benchmark. */
export const TIMEFRAME_SCANNER = `${BENCH_SCANNER}
const weekly = tf('W');
const weeklyEma = ta.EMA(weekly.close, 10);
const ratio = rs(close, benchmark.close);
AddColumn('Weekly trend', last(weekly.close) > last(weeklyEma));
AddColumn('RS', last(ratio), '1.4');
`;

/**
 * 2,000 real 250-bar slices scanned by the reference scanner and by the same
 * scanner with tf('W') + a weekly EMA + an RS line, in the same run. The whole
 * RELIANCE series stands in as the index (NIFTY's own series is not shipped),
 * loaded over each slice's dates as a scan loads its benchmark.
 */
export async function timeframeResults(series: readonly RealSeries[]): Promise<BenchResult[]> {
  const name = 'Reference + tf(W) + weekly EMA + RS ÷ reference, time';
  try {
    const index = series.find((s) => s.symbol === 'RELIANCE')!.candles;
    const plainTasks = benchTaskFactory([...series]);
    // Like a real scan, the index is loaded for the same bars as the symbols: the slice's date range.
    const indexFor = (task: BatchTask) => {
      const { bars, packed } = task.candles;
      const [first, last] = [packed[0], packed[bars - 1]];
      const from = index.time.findIndex((t) => t >= first);
      const to = index.time.findLastIndex((t) => t <= last) + 1;
      return packCandles(
        Object.fromEntries(
          Object.entries(index).map(([field, column]) => [field, column.subarray(from, to)])
        ) as unknown as CandleColumns
      );
    };
    const withBenchmark = () => plainTasks().map((task) => ({ ...task, benchmark: indexFor(task) }));
    const reference = await measureNodePool({
      source: BENCH_SCANNER,
      tasks: withBenchmark,
      warmups: WARMUPS,
      runs: RUNS
    });
    const extended = await measureNodePool({
      source: TIMEFRAME_SCANNER,
      tasks: withBenchmark,
      warmups: WARMUPS,
      runs: RUNS
    });
    const note = `${extended.workers} workers, median of ${RUNS} scans after ${WARMUPS} warm-ups each; ${Math.round(extended.symbolsPerSecond)} vs ${Math.round(reference.symbolsPerSecond)} symbols/s`;
    return [measured(name, reference.symbolsPerSecond / extended.symbolsPerSecond, '×', TARGET_RATIO, note)];
  } catch (error) {
    return [failed(name, '×', error)];
  }
}
