import { aggregateBars } from '../../../src-worker/candles/aggregate-bars.js';
import type { CandleColumns } from '../../../src-worker/candles/types.js';
import { istDateOf, sessionSegments } from '../../../src-worker/calendar/index.js';

/** The intervals a live scan runs on, in minutes. */
export const LIVE_INTERVAL_MINUTES = { '1m': 1, '3m': 3, '5m': 5, '10m': 10, '15m': 15, '30m': 30, '1h': 60 } as const;
export type LiveInterval = keyof typeof LIVE_INTERVAL_MINUTES;
export const LIVE_INTERVALS = Object.keys(LIVE_INTERVAL_MINUTES) as [LiveInterval, ...LiveInterval[]];

/** The start (epoch ms) of the `minutes`-long bar holding `minuteMs`, aligned to its session segment's start (09:15 IST). */
export function bucketStart(minuteMs: number, minutes: number): number | null {
  const segment = sessionSegments(istDateOf(minuteMs)).find((s) => s.start <= minuteMs && minuteMs < s.end);
  if (!segment) return null;
  return segment.start + Math.floor((minuteMs - segment.start) / (minutes * 60_000)) * minutes * 60_000;
}

/**
 * Whether the one-minute bar starting at `minuteMs` is the last of its `minutes`-long bar:
 * the bucket is full or the session segment ends with it.
 * @example closesBar(Date.parse('2026-12-04T09:19:00+05:30'), 5) // true: 09:15–09:20 is complete
 */
export function closesBar(minuteMs: number, minutes: number): boolean {
  const next = minuteMs + 60_000;
  const segment = sessionSegments(istDateOf(minuteMs)).find((s) => s.start <= minuteMs && minuteMs < s.end);
  if (!segment) return false;
  return next >= segment.end || (next - segment.start) % (minutes * 60_000) === 0;
}

/**
 * One-minute bars grouped into `minutes`-long bars aligned to 09:15 IST (open first, high max,
 * low min, close last, volume summed, oi last), each stamped with its bucket's start.
 * @example toInterval(minuteBars, 5).time[0] // 09:15 IST in epoch seconds
 */
export function toInterval(bars: CandleColumns, minutes: number): CandleColumns {
  if (minutes === 1) return bars;
  const bucketOf = (time: number) => bucketStart(time * 1000, minutes) ?? time * 1000;
  const out = aggregateBars(bars, bucketOf);
  for (let b = 0; b < out.time.length; b++) out.time[b] = bucketOf(out.time[b]) / 1000;
  return out;
}
