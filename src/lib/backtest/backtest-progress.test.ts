import { describe, expect, it } from 'vitest';
import { progressTracker } from './backtest-progress';

describe('progressTracker', () => {
  it('counts symbols fetched and replayed and estimates what is left from the loaded ones', () => {
    const tracker = progressTracker(4);
    tracker.loaded(100);
    tracker.loaded(300);
    const progress = tracker.report({ done: 150, matches: 3, errors: 0, elapsedMs: 1000 }, 0);
    expect(progress).toMatchObject({
      phase: 'fetching',
      symbols: 4,
      fetched: 2,
      replayed: 1,
      evaluations: 150,
      queued: 400,
      events: 3,
      evaluationsPerSecond: 150
    });
    // 400 known + 2 symbols at the 200 average = 800 expected, 650 left at 150/s.
    expect(progress.etaSeconds).toBeCloseTo(650 / 150);
  });

  it('counts a symbol without data as fetched, replayed and an error', () => {
    const tracker = progressTracker(2);
    tracker.loaded(50);
    tracker.failed();
    expect(tracker.report({ done: 50, matches: 0, errors: 0, elapsedMs: 500 }, 1)).toMatchObject({
      phase: 'replaying',
      fetched: 2,
      replayed: 2,
      errors: 1,
      etaSeconds: 0
    });
  });

  it('says when older history is being fetched', () => {
    const tracker = progressTracker(2);
    tracker.fetchingHistory(true);
    expect(tracker.report({ done: 0, matches: 0, errors: 0, elapsedMs: 10 }, 0).phase).toBe('history');
    tracker.fetchingHistory(false);
    expect(tracker.report({ done: 0, matches: 0, errors: 0, elapsedMs: 20 }, 0).phase).toBe('fetching');
  });

  it('has no ETA before anything is evaluated', () => {
    const tracker = progressTracker(3);
    expect(tracker.report({ done: 0, matches: 0, errors: 0, elapsedMs: 0 }, 0).etaSeconds).toBeNull();
  });
});
