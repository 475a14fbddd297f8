import { istDateOf, sessionSegments } from '../../../src-worker/calendar/index.js';

/**
 * Whether NSE trades at `nowMs` (holidays and special sessions included).
 * @example isTrading(Date.parse('2026-12-03T11:00:00+05:30')) // true
 */
export const isTrading = (nowMs: number) =>
  sessionSegments(istDateOf(nowMs)).some((s) => s.start <= nowMs && nowMs < s.end);
