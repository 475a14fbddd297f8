import { runBacktest, type BacktestResult } from '../../src-worker/backtest/run-backtest.js';
import { ScanPool } from '../../src-worker/pool/scan-pool.js';
import { median } from '../../src/routes/bench/median.js';
import type { RealSeries } from '../../src/routes/bench/bench-workload.js';
import { BACKTEST_HORIZON, backtestWorkload, cutHistoryTasks } from './backtest-bench-tasks.js';
import { measured, type BenchResult } from './report.js';

const MIB = 1024 * 1024;
const cpuMicros = (usage: NodeJS.CpuUsage) => usage.user + usage.system;
const RUNS = 3;
/** Symbols in the naive-versus-replay sample (× 250 bars each). */
const SAMPLE = 8;
const TARGET_SECONDS = { atMost: 3 };
const TARGET_REPLAY_OVER_NAIVE = { atLeast: 10 };

/**
 * The backtest rows: NIFTY 500 × one year of daily bars from memory (the warm
 * cache's output) in the Node pool, and the replay against the naive approach
 * (a plain scan of each cut history) on a sample, in the same pool.
 */
export async function backtestResults(series: readonly RealSeries[], source: string): Promise<BenchResult[]> {
  const workload = backtestWorkload(series);
  const pool = new ScanPool();
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  const sampleRss = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
  const request = (count?: number) => ({
    source,
    symbols: workload.tasks(count),
    fromTime: workload.fromTime,
    toTime: workload.toTime,
    horizons: [1, 5, 10, BACKTEST_HORIZON],
    onProgress: sampleRss
  });
  const check = (result: BacktestResult) => {
    if (result.status !== 'completed' || result.errors.length > 0)
      throw new Error(`the backtest ${result.status}: ${result.message ?? result.errors[0]?.message}`);
    return result;
  };
  try {
    check(await runBacktest(pool, request()));
    const runs: BacktestResult[] = [];
    // CPU time of the process (the workers are its threads): unlike wall time, other load on the machine barely moves it.
    const cpuBefore = process.cpuUsage();
    for (let i = 0; i < RUNS; i++) runs.push(check(await runBacktest(pool, request())));
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMicrosPerEvaluation = (cpu.user + cpu.system) / (RUNS * runs[0].stats.evaluations);
    const seconds = median(runs.map((r) => r.stats.elapsedMs)) / 1000;
    const { evaluations, workers, events } = runs[0].stats;

    const replayCpu = process.cpuUsage();
    const replaySample = check(await runBacktest(pool, request(SAMPLE)));
    const replayCpuMicros = cpuMicros(process.cpuUsage(replayCpu));
    const naiveTasks = cutHistoryTasks(workload.tasks(SAMPLE), workload.fromTime, workload.toTime);
    const naiveCpu = process.cpuUsage();
    const naive = await pool.scan({ source, symbols: naiveTasks, total: naiveTasks.length });
    const naiveCpuMicros = cpuMicros(process.cpuUsage(naiveCpu));
    if (naive.stats.symbols !== replaySample.stats.evaluations)
      throw new Error('the naive and replayed samples differ in size');
    if (naive.rows.length !== replaySample.events.length)
      throw new Error(`the naive scans found ${naive.rows.length} signals, the replay ${replaySample.events.length}`);
    const naivePerSecond = naive.stats.symbolsPerSecond;
    const replayPerSecond = replaySample.stats.evaluationsPerSecond;
    const note = `${evaluations.toLocaleString('en-US')} evaluations, ${events.toLocaleString('en-US')} events, ${workers} workers, median of ${RUNS} after a warm-up`;
    return [
      measured('Backtest NIFTY 500 × 1 y daily (Node pool): time', seconds, 's', TARGET_SECONDS, note),
      measured('Backtest: evaluations/s', evaluations / seconds, 'evaluations/s'),
      measured('Backtest: p50 per evaluation in sandbox', median(runs.map((r) => r.stats.p50EvaluationMs)), 'ms'),
      measured('Backtest: p99 per evaluation in sandbox', median(runs.map((r) => r.stats.p99EvaluationMs)), 'ms'),
      measured(
        'Backtest: CPU time per evaluation (all threads)',
        cpuMicrosPerEvaluation / 1000,
        'ms',
        undefined,
        'process CPU ÷ evaluations: wall time on a loaded machine is mostly waiting'
      ),
      measured(
        'Backtest: RSS added (peak − before)',
        (peakRss - rssBefore) / MIB,
        'MiB',
        undefined,
        'Node workers are threads of this process'
      ),
      measured(
        'Backtest replay ÷ naive cut-history scans, evaluations/s',
        replayPerSecond / naivePerSecond,
        '×',
        TARGET_REPLAY_OVER_NAIVE,
        `${SAMPLE} symbols × 250 bars: replay ${Math.round(replayPerSecond)}/s, naive ${Math.round(naivePerSecond)}/s, same signals`
      ),
      measured(
        'Backtest replay ÷ naive, CPU time per evaluation',
        naiveCpuMicros / replayCpuMicros,
        '×',
        TARGET_REPLAY_OVER_NAIVE,
        'the same comparison in process CPU time'
      )
    ];
  } finally {
    pool.close();
  }
}
