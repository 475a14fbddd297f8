import type { BatchTask } from '../../src-worker/engine/engine-api.js';

// The workload lives beside the browser bench pages, which replay the same one in Chromium.
export {
  BACKTEST_BARS,
  BACKTEST_HORIZON,
  BACKTEST_LOOKBACK,
  BACKTEST_SYMBOLS,
  backtestWorkload,
  type BacktestWorkload
} from '../../src/routes/bench/backtest-workload.js';

/** The naive way to get the same answers: one plain scan task per evaluated bar, holding the history cut at it. */
export function cutHistoryTasks(tasks: readonly BatchTask[], fromTime: number, toTime: number): BatchTask[] {
  return tasks.flatMap((task) => {
    const { bars, packed } = task.candles;
    const cuts: BatchTask[] = [];
    for (let t = 0; t < bars; t++) {
      if (packed[t] < fromTime || packed[t] > toTime) continue;
      const cut = new Float64Array(7 * (t + 1));
      for (let field = 0; field < 7; field++)
        cut.set(packed.subarray(field * bars, field * bars + t + 1), field * (t + 1));
      cuts.push({ ...task, candles: { bars: t + 1, packed: cut } });
    }
    return cuts;
  });
}
