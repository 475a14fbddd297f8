import type { Clock } from './clock.js';

interface PendingTimer {
  at: number;
  fn: () => void;
}

/** A clock for tests: time moves only when `advance` or `set` says so, firing timers due on the way. */
export interface FakeClock extends Clock {
  /** Moves time forward by `ms`, firing each due timer at its own time, in order. */
  advance(ms: number): void;
  set(time: number): void;
  /** Timers not yet fired. */
  readonly pending: number;
}

/** @example const clock = createFakeClock(Date.parse('2026-01-05T09:00:00+05:30')); clock.advance(60_000) */
export function createFakeClock(start: number): FakeClock {
  let now = start;
  const timers = new Set<PendingTimer>();
  const moveTo = (target: number) => {
    for (;;) {
      const next = [...timers].filter((timer) => timer.at <= target).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      timers.delete(next);
      now = Math.max(now, next.at);
      next.fn();
    }
    now = Math.max(now, target);
  };
  return {
    now: () => now,
    setTimer(fn, ms) {
      const timer = { at: now + Math.max(0, ms), fn };
      timers.add(timer);
      return () => void timers.delete(timer);
    },
    advance: (ms) => moveTo(now + ms),
    set: (time) => moveTo(time),
    get pending() {
      return timers.size;
    }
  };
}
