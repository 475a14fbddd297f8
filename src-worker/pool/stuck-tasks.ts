import type { BatchTask, ScanJob } from '../engine/engine-api.js';
import { windowBars } from '../engine/replay-window.js';
import type { SymbolOutcome } from '../sandbox/outcome.js';

/**
 * Time a task may run beyond its sandbox time limit before its worker counts as
 * stuck: enough for one bounded `ta` call and a sandbox restart on a busy machine.
 */
export const DEFAULT_WATCHDOG_MARGIN_MS = 2000;

/** How long each task may take: the time limit per symbol (per bar in a replay, which restarts it each bar) plus the margin. */
export function taskBudgetsMs(job: ScanJob, tasks: readonly BatchTask[], marginMs: number): number[] {
  return tasks.map((task) => {
    if (!job.replay) return job.limits.timeoutMs + marginMs;
    const { from, to } = windowBars(task.candles, job.replay);
    return Math.max(1, to - from + 1) * job.limits.timeoutMs + marginMs;
  });
}

/** The error of the task a stuck worker was on. */
export function stuckOutcome(task: BatchTask, budgetMs: number): SymbolOutcome {
  const message = `the scanner exceeded the time limit in a host function (no progress for ${budgetMs} ms); the worker was restarted`;
  return {
    kind: 'error',
    symbol: task.symbol,
    exchange: task.exchange,
    message,
    line: null,
    column: null,
    elapsedMs: budgetMs
  };
}

/**
 * A copy of a batch whose candles sit end to end in one buffer, to transfer to a
 * worker while the originals stay here to send again: one allocation per batch
 * instead of one per symbol.
 */
export function copyBatchForWorker(tasks: readonly BatchTask[]): { tasks: BatchTask[]; buffer: ArrayBuffer } {
  let length = 0;
  for (const task of tasks) length += task.candles.packed.length;
  const all = new Float64Array(length);
  let offset = 0;
  const copies = tasks.map((task) => {
    const { bars, packed } = task.candles;
    all.set(packed, offset);
    const copy = { ...task, candles: { bars, packed: all.subarray(offset, offset + packed.length) } };
    offset += packed.length;
    return copy;
  });
  return { tasks: copies, buffer: all.buffer };
}
