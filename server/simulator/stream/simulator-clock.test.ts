import { describe, expect, it } from 'vitest';
import { latestCompletedSession, sessionSegments } from '../../../src-worker/calendar/index.js';
import { createSimulatorClock } from './simulator-clock.js';

const ist = (text: string) => Date.parse(`${text}+05:30`);

describe('the simulator clock', () => {
  it('follows the real clock at speed 1 during market hours', () => {
    let wall = ist('2026-12-03T11:00:00');
    const clock = createSimulatorClock({ wallNow: () => wall });
    wall += 90_000;
    expect(clock.replaying).toBeNull();
    expect(clock.now().getTime()).toBe(wall);
  });

  it('replays the last session from its open, faster, outside market hours and holds at the close', () => {
    let wall = ist('2026-12-05T03:28:00');
    const clock = createSimulatorClock({ speed: 60, wallNow: () => wall });
    const day = latestCompletedSession(new Date(wall));
    expect(clock.replaying).toBe(day);
    const open = sessionSegments(day)[0].start;
    expect(clock.now().getTime()).toBe(open);
    wall += 1_000;
    expect(clock.now().getTime()).toBe(open + 60_000);
    wall += 24 * 3_600_000;
    expect(clock.now().getTime()).toBe(sessionSegments(day)[0].end);
  });

  it('replays the previous session when sped up during market hours', () => {
    const clock = createSimulatorClock({ speed: 10, wallNow: () => ist('2026-12-03T11:00:00') });
    expect(clock.replaying).toBe('2026-12-02');
  });
});
