import { afterAll, describe, expect, it } from 'vitest';
import { realCandles, realTasks } from '../../tests/fixtures/real-candles.js';
import { packCandles, type PackedCandles } from '../candles/packed.js';
import type { BatchTask } from '../engine/engine-api.js';
import { EngineService } from '../engine/engine-service.js';
import type { ScanShared } from './heartbeat.js';
import { ScanPool } from './scan-pool.js';
import { spawnEngineWorker } from './spawn.node.js';
import type { SpawnedWorker } from './spawned-worker.js';

const RS_SCANNER = `return { signal: 'RS', metrics: { rs: last(rs(close, benchmark.close)), bars: benchmark.close.length } };`;
const INDEX = packCandles(realCandles('RELIANCE'));
const OTHER_INDEX = packCandles(realCandles('INFY'));

/** Every real symbol × `copies`, each task with the given benchmark (the same object for all, as a scan loads it once). */
const tasksWith = (benchmark: (i: number) => PackedCandles, copies = 8): BatchTask[] =>
  Array.from({ length: copies }, () => realTasks(250)).flatMap((tasks, k) =>
    tasks.map((task, i) => ({
      ...task,
      symbol: `${task.symbol}~${k}`,
      benchmark: benchmark(i)
    }))
  );

/** The rows an in-process engine gives for the same tasks, each sent with its own benchmark. */
async function inProcessRows(tasks: BatchTask[]) {
  const engine = new EngineService();
  const job = {
    scanId: 'reference',
    source: RS_SCANNER,
    params: {},
    limits: {
      timeoutMs: 1000,
      memoryBytes: 128 * 1024 * 1024,
      stackBytes: 256 * 1024,
      maxResultBytes: 64 * 1024
    }
  };
  await engine.prepare(job);
  const outcomes = await engine.runBatch('reference', tasks);
  return outcomes
    .map((o) => (o.kind === 'result' ? { symbol: o.symbol, columns: o.columns } : o))
    .sort((a, b) => (a.symbol < b.symbol ? -1 : 1));
}

let benchmarksSent = 0;
let tasksWithBenchmark = 0;
/** A real worker thread whose batches are counted when they carry the scan's benchmark. */
function countingWorker(): SpawnedWorker {
  const worker = spawnEngineWorker();
  const runBatch = (scanId: string, tasks: BatchTask[], batch: number, shared?: ScanShared) => {
    if (shared) benchmarksSent++;
    tasksWithBenchmark += tasks.filter((task) => task.benchmark).length;
    return worker.api.runBatch(scanId, tasks, batch, shared);
  };
  return {
    ...worker,
    api: {
      ...worker.api,
      prepare: worker.api.prepare,
      validate: worker.api.validate,
      release: worker.api.release,
      runBatch
    } as unknown as SpawnedWorker['api']
  };
}

const pool = new ScanPool({ size: 2, spawn: countingWorker });
afterAll(() => pool.close());

describe("a scan's benchmark goes to each worker once", () => {
  it('with the first batch of the scan on that worker, and every symbol sees it aligned as when sent with each task', async () => {
    benchmarksSent = 0;
    tasksWithBenchmark = 0;
    const tasks = tasksWith(() => INDEX);
    const summary = await pool.scan({ source: RS_SCANNER, symbols: tasks });
    expect(summary.errors).toEqual([]);
    expect(summary.rows).toHaveLength(tasks.length);
    expect(tasksWithBenchmark).toBe(0);
    expect(benchmarksSent).toBeGreaterThanOrEqual(1);
    expect(benchmarksSent).toBeLessThanOrEqual(pool.size);
    const expected = await inProcessRows(tasksWith(() => INDEX));
    expect(summary.rows.map((row) => ({ symbol: row.symbol, columns: row.columns }))).toEqual(expected);
  });

  it('tasks with different benchmarks each keep their own', async () => {
    const pick = (i: number) => (i % 2 === 0 ? INDEX : OTHER_INDEX);
    const summary = await pool.scan({
      source: RS_SCANNER,
      symbols: tasksWith(pick, 2)
    });
    expect(summary.errors).toEqual([]);
    const expected = await inProcessRows(tasksWith(pick, 2));
    expect(summary.rows.map((row) => ({ symbol: row.symbol, columns: row.columns }))).toEqual(expected);
  });
});
