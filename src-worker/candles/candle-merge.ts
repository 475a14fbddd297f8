import { CANDLE_FIELDS, type CandleColumns } from './types.js';
import { barsInRange, concatCandles } from './candle-slices.js';

/**
 * Appends a freshly fetched tail to cached candles. The tail starts at `overlapFrom` (epoch s, at or
 * before the last final cached bar), so the bars both hold can be compared: if any differs — a split
 * adjusted, a correction, a re-dated series — the cache cannot be trusted and `mismatch` is returned
 * for a full refetch. Otherwise cached bars before the tail are kept and the tail replaces the rest
 * (including a previously forming bar), with no duplicates.
 * @example mergeTail(cached, tail, overlapFrom, lastFinalTime)
 */
export function mergeTail(
  cached: CandleColumns,
  tail: CandleColumns,
  overlapFrom: number,
  lastFinalTime: number
): { data: CandleColumns } | { mismatch: string } {
  const cachedOverlap = barsInRange(cached, overlapFrom, lastFinalTime);
  const fetchedOverlap = barsInRange(tail, overlapFrom, lastFinalTime);
  if (cachedOverlap.time.length !== fetchedOverlap.time.length) {
    return { mismatch: `overlap has ${fetchedOverlap.time.length} bars upstream, ${cachedOverlap.time.length} cached` };
  }
  for (let i = 0; i < cachedOverlap.time.length; i++) {
    for (const field of CANDLE_FIELDS) {
      if (cachedOverlap[field][i] !== fetchedOverlap[field][i]) {
        return { mismatch: `${field} of the bar at ${cachedOverlap.time[i]} differs upstream` };
      }
    }
  }
  return { data: concatCandles(barsInRange(cached, -Infinity, overlapFrom - 1), tail) };
}
