import { describe, expect, it } from 'vitest';
import { formatDuration, runDuration } from './run-format';

describe('run formatting', () => {
  it('formats durations at a readable precision', () => {
    expect(formatDuration(850.4)).toBe('850 ms');
    expect(formatDuration(12_400)).toBe('12.4 s');
    expect(formatDuration(185_000)).toBe('3 min 5 s');
    expect(formatDuration(null)).toBe('—');
  });

  it('prefers the recorded elapsed time, else start to finish', () => {
    expect(runDuration({ stats: { elapsedMs: 900 }, startedAt: 0, finishedAt: 5000 })).toBe(900);
    expect(runDuration({ stats: null, startedAt: 1000, finishedAt: 5000 })).toBe(4000);
    expect(runDuration({ stats: null, startedAt: 1000, finishedAt: null })).toBeNull();
  });
});
