import type { Heartbeat } from './heartbeat.js';
import { beatsOf, latestBeat } from './shared-progress.js';

/** Where a stuck worker was: the index of the symbol it was on in this batch, or null if it had not started the batch. */
export type StuckAt = number | null;

interface WatchedBatch {
  /** How long each task may take from its heartbeat before the worker counts as stuck. */
  budgetsMs: readonly number[];
  stuck(at: StuckAt): void;
}

/** How often a busy worker's progress is checked, at most: a small budget is checked more often (a quarter of it). */
const CHECK_EVERY_MS = 50;
const CHECK_AT_LEAST_EVERY_MS = 5;

/** A check interval that notices a stall within about 1.75 budgets: waiting 50 ms to see a 20 ms budget run out would triple it. */
const checkEveryMs = (budgetsMs: readonly number[]) =>
  Math.max(CHECK_AT_LEAST_EVERY_MS, Math.min(CHECK_EVERY_MS, Math.floor(Math.min(...budgetsMs) / 4)));

/**
 * Watches one engine worker. The time limit inside the sandbox stops scanner
 * code, but not host code (a `ta` function, a sandbox restart): if the worker
 * shows no progress for longer than its current task's budget, the watchdog
 * calls `onStuck` (which replaces the worker) and settles every batch in
 * flight with where it was stuck, so the pool can blame that one symbol and
 * run the rest again.
 * @example const watch = watchdog.watch(7, [1500, 1500]); await Promise.race([work, watch.stuck])
 */
export class WorkerWatchdog {
  /** Batches sent and not yet answered, in the order the worker runs them. */
  private readonly batches = new Map<number, WatchedBatch>();
  private current: { batch: number; index: number } | null = null;
  private lastProgressAt = 0;
  private timer: ReturnType<typeof setInterval> | null = null;
  /** Set by a check that saw no progress in time; the next check confirms it, after heartbeats already queued are delivered. */
  private suspicious = false;

  /** Beats seen in the worker's shared progress, to notice new ones. */
  private seenBeats = -1;

  /**
   * `progressOf` gives the current worker's shared progress (exact, read at each
   * check); without it the watchdog relies on `beat` messages, which may skip symbols.
   */
  constructor(
    private readonly onStuck: () => void,
    private readonly progressOf: () => Int32Array | undefined = () => undefined
  ) {}

  /** The worker started a task. */
  beat({ heartbeat: [batch, index] }: Heartbeat): void {
    this.current = { batch, index };
    this.lastProgressAt = performance.now();
    this.suspicious = false;
  }

  /** Watches a batch from now until `done`; `stuck` settles only if the worker is given up on meanwhile. */
  watch(batch: number, budgetsMs: readonly number[]): { stuck: Promise<StuckAt>; done(): void } {
    if (this.batches.size === 0) this.lastProgressAt = performance.now();
    let settle: (at: StuckAt) => void = () => undefined;
    const stuck = new Promise<StuckAt>((resolve) => (settle = resolve));
    this.batches.set(batch, { budgetsMs, stuck: settle });
    this.timer ??= setInterval(() => this.check(), checkEveryMs(budgetsMs));
    return {
      stuck,
      done: () => {
        // An answered batch is progress: the worker moves on to the next one queued.
        if (this.batches.delete(batch)) {
          this.lastProgressAt = performance.now();
          this.suspicious = false;
        }
        if (this.batches.size === 0) this.stop();
      }
    };
  }

  /** Stops watching (the pool is closing). */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private check(): void {
    const progress = this.progressOf();
    if (progress && beatsOf(progress) !== this.seenBeats) {
      this.seenBeats = beatsOf(progress);
      this.beat(latestBeat(progress));
    }
    if (performance.now() - this.lastProgressAt <= this.currentBudgetMs()) {
      this.suspicious = false;
      return;
    }
    // A busy main thread may not yet have read the heartbeat that would clear the worker.
    if (!this.suspicious) {
      this.suspicious = true;
      return;
    }
    this.suspicious = false;
    const batches = [...this.batches];
    const current = this.current;
    this.batches.clear();
    this.current = null;
    this.stop();
    this.onStuck();
    for (const [batch, watched] of batches) watched.stuck(current?.batch === batch ? current.index : null);
  }

  /**
   * The running task's budget; before its first heartbeat, the largest one of the
   * next batch. Heartbeat messages may skip symbols: the largest of the tasks from
   * the last one reported.
   */
  private currentBudgetMs(): number {
    const running = this.current ? this.batches.get(this.current.batch) : undefined;
    if (running && this.current) {
      const { index } = this.current;
      return this.progressOf() ? running.budgetsMs[index] : Math.max(...running.budgetsMs.slice(index));
    }
    const next = this.batches.values().next().value;
    return next ? Math.max(...next.budgetsMs) : Infinity;
  }
}
