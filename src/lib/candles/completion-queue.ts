/** Runs jobs a few at a time and hands back their results in the order they finish. */
export interface CompletionQueue<T> {
  add(job: () => Promise<T>): void;
  /** Results finished so far, without waiting. */
  takeFinished(): T[];
  /** The next result to finish; undefined once nothing is running or waiting. */
  next(): Promise<T | undefined>;
  /** Drops the jobs that have not started; running ones finish. */
  discardWaiting(): void;
}

/**
 * A queue that runs at most `concurrency` jobs at once. A job that throws makes the next
 * `takeFinished`/`next` throw its error.
 * @example const queue = createCompletionQueue<string>(4); queue.add(() => load('INFY')); const first = await queue.next()
 */
export function createCompletionQueue<T>(concurrency: number): CompletionQueue<T> {
  const waiting: Array<() => Promise<T>> = [];
  const finished: T[] = [];
  let running = 0;
  let failure: { error: unknown } | null = null;
  let wakeConsumer: (() => void) | null = null;

  function startWaitingJobs() {
    while (running < concurrency && waiting.length > 0) {
      const job = waiting.shift()!;
      running++;
      job()
        .then(
          (result) => void finished.push(result),
          (error: unknown) => void (failure ??= { error })
        )
        .finally(() => {
          running--;
          startWaitingJobs();
          wakeConsumer?.();
          wakeConsumer = null;
        });
    }
  }

  function throwIfFailed() {
    if (failure) throw failure.error;
  }

  return {
    add(job) {
      waiting.push(job);
      startWaitingJobs();
    },
    takeFinished() {
      throwIfFailed();
      return finished.splice(0);
    },
    async next() {
      while (finished.length === 0 && failure === null && running + waiting.length > 0) {
        await new Promise<void>((resolve) => (wakeConsumer = resolve));
      }
      throwIfFailed();
      return finished.shift();
    },
    discardWaiting() {
      waiting.length = 0;
    }
  };
}
