import { describe, expect, it } from 'vitest';
import { createEventBus } from './event-bus.js';
import { throttleRunProgress } from './progress-throttle.js';

const progress = (done: number) => ({ runId: 'r1', done, total: 10, matches: 0, errors: 0, currentSymbol: null });

describe('event bus', () => {
  it('numbers events one by one and tells subscribers', () => {
    const bus = createEventBus({ firstId: 100 });
    const heard: number[] = [];
    const unsubscribe = bus.subscribe((event) => heard.push(event.id));
    bus.publish('run-progress', progress(1));
    bus.publish('run-progress', progress(2));
    unsubscribe();
    bus.publish('run-progress', progress(3));
    expect(heard).toEqual([100, 101]);
    expect(bus.lastId).toBe(102);
  });

  it('replays from its ring buffer and says when it cannot reach back far enough', () => {
    const bus = createEventBus({ firstId: 1, bufferSize: 3 });
    for (let i = 1; i <= 5; i++) bus.publish('run-progress', progress(i));
    expect(bus.since(3)).toMatchObject({ complete: true, events: [{ id: 4 }, { id: 5 }] });
    expect(bus.since(5)).toEqual({ complete: true, events: [] });
    expect(bus.since(1)).toMatchObject({ complete: false, events: [{ id: 3 }, { id: 4 }, { id: 5 }] });
    // An id from another server process (larger than any of ours) is no basis for a replay.
    expect(bus.since(99)).toEqual({ complete: false, events: [] });
  });
});

describe('run progress throttle', () => {
  it('publishes at most one per interval and flushes the latest held back', () => {
    let now = 0;
    const bus = createEventBus({ firstId: 1 });
    const published: number[] = [];
    bus.subscribe((event) => event.type === 'run-progress' && published.push(event.data.done));
    const throttle = throttleRunProgress(bus, { minIntervalMs: 250, now: () => now });
    for (let done = 1; done <= 10; done++) {
      throttle.update(progress(done));
      now += 50;
    }
    throttle.flush();
    expect(published).toEqual([1, 6, 10]);
  });
});
