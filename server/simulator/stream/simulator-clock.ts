import {
  latestCompletedSession,
  latestStartedSession,
  sessionSegments,
  type IstDate
} from '../../../src-worker/calendar/index.js';

/** Market time as the simulator plays it. */
export interface SimulatorClock {
  now(): Date;
  /** How many simulated milliseconds pass per real one. */
  speed: number;
  /** The session being replayed, or null when the clock follows the real market. */
  replaying: IstDate | null;
}

export interface SimulatorClockOptions {
  /** 60 = one simulated minute per second. */
  speed?: number;
  /** The real clock (epoch ms); tests pass their own. */
  wallNow?: () => number;
}

/**
 * The simulator's market clock. At speed 1 during NSE hours it is the real clock. Otherwise it
 * replays the latest completed session from its 09:15 IST open, `speed` times faster than real
 * time, and holds at that session's close once the replay is over — so a demo outside market
 * hours still sees a session trade, and history for that day already holds every minute it plays.
 * @example createSimulatorClock({ speed: 60 }).now() // 09:15 IST of the last session, one minute later per second
 */
export function createSimulatorClock({ speed = 1, wallNow = Date.now }: SimulatorClockOptions = {}): SimulatorClock {
  const origin = wallNow();
  const started = latestStartedSession(new Date(origin));
  const trading = !started.complete && sessionSegments(started.date).some((s) => s.start <= origin && origin < s.end);
  if (speed === 1 && trading) return { now: () => new Date(wallNow()), speed, replaying: null };
  const replayed = latestCompletedSession(new Date(origin));
  const segments = sessionSegments(replayed);
  const open = segments[0].start;
  const close = segments[segments.length - 1].end;
  return {
    now: () => new Date(Math.min(close, open + (wallNow() - origin) * speed)),
    speed,
    replaying: replayed
  };
}
