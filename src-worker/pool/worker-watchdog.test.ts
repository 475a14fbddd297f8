import { afterAll, describe, expect, it } from 'vitest';
import { realSymbols, realTasks } from '../../tests/fixtures/real-candles.js';
import { taFunctions } from '../ta/index.js';
import { runTaFunction } from '../ta/run-ta-function.js';
import type { BatchTask, ScanJob } from '../engine/engine-api.js';
import { ScanPool } from './scan-pool.js';
import type { ScanSummary } from './scan-types.js';
import { spawnEngineWorker } from './spawn.node.js';
import type { SpawnedWorker } from './spawned-worker.js';
import type { ScanShared } from './heartbeat.js';
import { beatsOf, latestBeat } from './shared-progress.js';

const SYMBOLS = realSymbols().slice(0, 12);
const STUCK_ON = SYMBOLS[5];
/**
 * One `ta` call just inside the per-call bound (100 000 bars × a 500-bar window
 * rescanned each bar): host work the sandbox's time limit cannot interrupt, on
 * one symbol only.
 */
const HOST_HEAVY = `if (symbol === '${STUCK_ON}') {
  ta.AVGDEV(new Float64Array(100000), 500);
}
return { signal: 'BUY', metrics: { close: last(close) } };`;
const PLAIN = `return { signal: 'SEEN', metrics: { close: last(close) } };`;
/**
 * How long that call takes on this machine (warm, on the main thread; a fresh worker is
 * slower still). The time limit and the watchdog's margin are a sixth of it each: the
 * watchdog, checking every quarter of that budget, sees the stall within about 3.5 sixths,
 * well before the call ends, on a fast machine as on a slow one.
 */
function heavyCallMs(): number {
  const avgdev = taFunctions.get('AVGDEV')!;
  const series = new Float64Array(100000);
  runTaFunction(avgdev, [series], [500]);
  const started = performance.now();
  runTaFunction(avgdev, [series], [500]);
  return performance.now() - started;
}
const SIXTH = Math.max(10, Math.floor(heavyCallMs() / 6));
const limits = { timeoutMs: SIXTH };

let spawned = 0;
/** Resolves when a worker reports starting the symbol that gets stuck. */
let onStuckStart = () => undefined as void;

/** Calls onStuckStart once the worker's shared progress names the stuck symbol, waking on each symbol it starts. */
async function watchForStuckSymbol(progress: Int32Array, batches: Map<number, string[]>, terminated: () => boolean) {
  while (!terminated()) {
    const beats = beatsOf(progress);
    const [batch, index] = latestBeat(progress).heartbeat;
    if (batches.get(batch)?.[index] === STUCK_ON) return onStuckStart();
    const wait = Atomics.waitAsync(progress, 0, beats);
    if (wait.async) await wait.value;
  }
}

/**
 * Real worker threads, counted, whose progress the test also sees (with the symbols each batch holds):
 * in shared memory, or as heartbeat messages when `sharedProgress` is false.
 */
function spawnCounted(sharedProgress: boolean): SpawnedWorker {
  spawned++;
  const worker = spawnEngineWorker({ sharedProgress });
  const batches = new Map<number, string[]>();
  let terminated = false;
  const api = {
    prepare: (job: ScanJob) => worker.api.prepare(job),
    validate: (source: string) => worker.api.validate(source),
    release: (scanId: string) => worker.api.release(scanId),
    runBatch: (scanId: string, tasks: BatchTask[], batch: number, shared?: ScanShared) => {
      batches.set(
        batch,
        tasks.map((task) => task.symbol)
      );
      return worker.api.runBatch(scanId, tasks, batch, shared);
    }
  };
  const { progress } = worker;
  if (progress) void watchForStuckSymbol(progress, batches, () => terminated);
  return {
    api: api as unknown as SpawnedWorker['api'],
    terminate: () => {
      terminated = true;
      if (progress) Atomics.notify(progress, 0);
      worker.terminate();
    },
    progress,
    onHeartbeat: (listener) =>
      worker.onHeartbeat!((beat) => {
        listener(beat);
        const [batch, index] = beat.heartbeat;
        if (batches.get(batch)?.[index] === STUCK_ON) onStuckStart();
      })
  };
}

const pool = new ScanPool({ size: 1, watchdogMarginMs: SIXTH, spawn: () => spawnCounted(true) });
afterAll(() => pool.close());

const STUCK_ERROR = {
  symbol: STUCK_ON,
  exchange: 'NSE',
  message: `the scanner exceeded the time limit in a host function (no progress for ${2 * SIXTH} ms); the worker was restarted`,
  line: null,
  column: null
};

function expectOnlyStuckSymbolFailed(stuck: ScanSummary) {
  expect(stuck.status).toBe('completed');
  expect(stuck.errors).toEqual([STUCK_ERROR]);
  expect(stuck.rows.map((row) => row.symbol)).toEqual(SYMBOLS.filter((symbol) => symbol !== STUCK_ON).sort());
}

function expectAllSeen(summary: ScanSummary) {
  expect(summary).toMatchObject({ status: 'completed', errors: [] });
  expect(summary.rows.map((row) => row.symbol)).toEqual([...SYMBOLS].sort());
}

describe('a worker stuck in host code past the time limit', () => {
  it('is replaced: its symbol gets the error, its other symbols and a scan started meanwhile complete', async () => {
    const stuckStarted = new Promise<void>((resolve) => (onStuckStart = resolve));
    const stuckScan = pool.scan({ source: HOST_HEAVY, limits, symbols: realTasks(250, SYMBOLS) });
    await stuckStarted;
    onStuckStart = () => undefined;
    // Sent to the worker while it is stuck: without the watchdog this would wait for the host call to end.
    const startedMeanwhile = await pool.scan({ source: PLAIN, limits, symbols: realTasks(250, SYMBOLS) });
    expectAllSeen(startedMeanwhile);
    expectOnlyStuckSymbolFailed(await stuckScan);
    expect(spawned).toBe(2);
  });

  it("another scan's batches queued behind the stuck one run on the replacement", async () => {
    const [stuck, queued] = await Promise.all([
      pool.scan({ source: HOST_HEAVY, limits, symbols: realTasks(250, SYMBOLS) }),
      pool.scan({ source: PLAIN, limits, symbols: realTasks(250, SYMBOLS) })
    ]);
    expectOnlyStuckSymbolFailed(stuck);
    expectAllSeen(queued);
    expect(spawned).toBe(3);
  });

  it('the replacement serves the next scan and validation', async () => {
    expectAllSeen(await pool.scan({ source: PLAIN, limits, symbols: realTasks(250, SYMBOLS) }));
    expect((await pool.validate(PLAIN)).ok).toBe(true);
  });
});

describe('a worker that reports progress by (throttled) messages, as in a page that is not cross-origin isolated', () => {
  it('is replaced when stuck, and running the suspects one at a time blames the right symbol', async () => {
    const before = spawned;
    const messagePool = new ScanPool({ size: 1, watchdogMarginMs: SIXTH, spawn: () => spawnCounted(false) });
    try {
      expectOnlyStuckSymbolFailed(
        await messagePool.scan({ source: HOST_HEAVY, limits, symbols: realTasks(250, SYMBOLS) })
      );
      expectAllSeen(await messagePool.scan({ source: PLAIN, limits, symbols: realTasks(250, SYMBOLS) }));
      // The first worker, and one replacement per time the stuck symbol ran (with its batch, then alone, when a message skipped it).
      expect(spawned - before).toBeGreaterThanOrEqual(2);
      expect(spawned - before).toBeLessThanOrEqual(3);
    } finally {
      messagePool.close();
    }
  });
});
