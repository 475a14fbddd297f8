/** Requests are paced per class: OpenAlgo limits history far more tightly than everything else. */
export type RequestClass = 'history' | 'general';

export interface ThrottleOptions {
  ratePerSecond: Record<RequestClass, number>;
  /** Upstream requests in flight at once, across classes. */
  concurrency: number;
  /** Tokens a class may save up while idle; 1 means requests are simply spaced. */
  burst?: number;
}

export interface Throttle {
  /** Runs `task` when its class has a token and a concurrency slot is free, taking turns between callers. */
  schedule<T>(requestClass: RequestClass, caller: string, task: () => Promise<T>): Promise<T>;
}

interface Bucket {
  tokens: number;
  refilledAt: number;
  /** Waiting work per caller, in arrival order; callers are served round-robin. */
  queues: Map<string, Array<() => void>>;
}

/**
 * A token bucket per request class in front of OpenAlgo, with bounded concurrency and round-robin
 * between callers (scan ids), so one 500-symbol scan cannot starve a chart opened meanwhile.
 * @example const throttle = createThrottle({ ratePerSecond: { history: 3, general: 10 }, concurrency: 4 })
 */
export function createThrottle(options: ThrottleOptions): Throttle {
  const burst = options.burst ?? 1;
  const classes: RequestClass[] = ['history', 'general'];
  const buckets = Object.fromEntries(
    classes.map((c) => [c, { tokens: burst, refilledAt: Date.now(), queues: new Map() } satisfies Bucket])
  ) as Record<RequestClass, Bucket>;
  let inFlight = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let nextClass = 0;

  const refill = (requestClass: RequestClass, now: number) => {
    const bucket = buckets[requestClass];
    bucket.tokens = Math.min(
      burst,
      bucket.tokens + ((now - bucket.refilledAt) / 1000) * options.ratePerSecond[requestClass]
    );
    bucket.refilledAt = now;
  };

  const takeNext = (bucket: Bucket): (() => void) => {
    // Map order is the rotation: serve the first caller, then move it to the back.
    const [caller, queue] = bucket.queues.entries().next().value as [string, Array<() => void>];
    const start = queue.shift() as () => void;
    bucket.queues.delete(caller);
    if (queue.length > 0) bucket.queues.set(caller, queue);
    return start;
  };

  const pump = () => {
    while (inFlight < options.concurrency) {
      const now = Date.now();
      classes.forEach((c) => refill(c, now));
      // Classes take turns too, so a history backlog never holds up quotes.
      const ready = classes
        .map((_, k) => classes[(nextClass + k) % classes.length])
        .find((c) => buckets[c].queues.size > 0 && buckets[c].tokens >= 1);
      if (!ready) break;
      nextClass = (classes.indexOf(ready) + 1) % classes.length;
      buckets[ready].tokens -= 1;
      inFlight++;
      takeNext(buckets[ready])();
    }
    // Re-arm for the soonest token: a request that just arrived may need waking earlier than before.
    clearTimeout(timer);
    timer = undefined;
    if (inFlight >= options.concurrency) return;
    const waits = classes
      .filter((c) => buckets[c].queues.size > 0)
      .map((c) => ((1 - buckets[c].tokens) / options.ratePerSecond[c]) * 1000);
    if (waits.length > 0) {
      timer = setTimeout(
        () => {
          timer = undefined;
          pump();
        },
        Math.max(1, Math.ceil(Math.min(...waits)))
      );
    }
  };

  return {
    schedule(requestClass, caller, task) {
      return new Promise((resolve, reject) => {
        const start = () => {
          task()
            .then(resolve, reject)
            .finally(() => {
              inFlight--;
              pump();
            });
        };
        const queues = buckets[requestClass].queues;
        const queue = queues.get(caller);
        if (queue) queue.push(start);
        else queues.set(caller, [start]);
        pump();
      });
    }
  };
}
