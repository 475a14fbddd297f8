import type { BatchTask } from '../engine/engine-api.js';

/**
 * Reads symbols from a sync or async iterable into a bounded queue and hands them
 * out in batches: a worker gets what is ready now and only waits when nothing is,
 * so computing overlaps a slow source (e.g. fetching candles).
 */
export class TaskSource {
  private readonly queue: BatchTask[] = [];
  private finished = false;
  private failure: unknown = null;
  private takers: (() => void)[] = [];
  private wakePump: (() => void) | null = null;
  private stopped = false;

  constructor(
    symbols: Iterable<BatchTask> | AsyncIterable<BatchTask>,
    private readonly highWaterMark = 4096
  ) {
    void this.pump(symbols);
  }

  /** Up to `count` tasks; an empty array means the source is exhausted. */
  async take(count: number): Promise<BatchTask[]> {
    while (this.queue.length === 0 && !this.finished) {
      await new Promise<void>((resolve) => this.takers.push(resolve));
    }
    // Hand out what was read before the source failed; fail once nothing is left.
    if (this.failure && this.queue.length === 0) throw this.failure;
    const batch = this.queue.splice(0, count);
    this.wakePump?.();
    return batch;
  }

  /** Tasks read and not yet handed out. */
  get queued(): number {
    return this.queue.length;
  }

  /** Stops reading the source (on cancel). */
  stop(): void {
    this.stopped = true;
    this.wakePump?.();
  }

  private async pump(symbols: Iterable<BatchTask> | AsyncIterable<BatchTask>): Promise<void> {
    try {
      for await (const task of symbols) {
        this.queue.push(task);
        this.wake();
        while (this.queue.length >= this.highWaterMark && !this.stopped) {
          await new Promise<void>((resolve) => (this.wakePump = resolve));
        }
        if (this.stopped) break;
      }
    } catch (error) {
      this.failure = error;
    }
    this.finished = true;
    this.wake();
  }

  private wake(): void {
    for (const wake of this.takers.splice(0)) wake();
  }
}
