import { allocateCandles, type CandleColumns } from '../../src-worker/candles/types.js';
import type { SessionSegment } from '../../src-worker/calendar/index.js';
import { floorToTick, roundToTick } from './price-ticks.js';
import { createRandom, normal, type Random } from './seeded-random.js';

export interface DayBar {
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
}

/** Recorded prices carry at most two decimals; this removes float noise from sums of them. */
const toPaisa = (price: number) => Math.round(price * 100) / 100;

/** Minute start times (epoch seconds) covering the session segments. */
function minuteStarts(segments: SessionSegment[]): number[] {
  const starts: number[] = [];
  for (const segment of segments) {
    for (let t = segment.start; t < segment.end; t += 60_000) starts.push(t / 1000);
  }
  return starts;
}

/**
 * A price path of `steps + 1` points from open to close (a Brownian bridge), stretched so its
 * highest point is exactly the day's high and its lowest exactly the day's low.
 */
function pricePath(day: DayBar, steps: number, random: Random): number[] {
  let walk = 0;
  const bridge = [0];
  for (let i = 1; i <= steps; i++) bridge.push((walk += normal(random)));
  const path = bridge.map((w, i) => day.open + ((day.close - day.open) * i) / steps + w - (walk * i) / steps);
  path[0] = day.open;
  path[steps] = day.close;
  const top = Math.max(day.open, day.close);
  const bottom = Math.min(day.open, day.close);
  let highest = 1 + Math.floor(random() * Math.max(1, steps - 1));
  let lowest = 1 + Math.floor(random() * Math.max(1, steps - 1));
  for (let i = 1; i < steps; i++) {
    if (path[i] > path[highest]) highest = i;
    if (path[i] < path[lowest]) lowest = i;
  }
  // The high and the low need two different minutes to land on.
  if (lowest === highest) lowest = highest > 1 ? highest - 1 : highest + 1;
  const peak = path[highest];
  const trough = path[lowest];
  const stretched = path.map((p, i) => {
    if (i === 0 || i === steps) return p;
    if (p > top) return peak > top ? top + ((p - top) * (day.high - top)) / (peak - top) : top;
    if (p < bottom) return trough < bottom ? bottom - ((bottom - p) * (bottom - day.low)) / (bottom - trough) : bottom;
    return p;
  });
  const rounded = stretched.map((p, i) =>
    i === 0 || i === steps ? p : Math.min(day.high, Math.max(day.low, roundToTick(p)))
  );
  // The extremes must be touched exactly so the minutes aggregate back to the day's bar.
  if (steps > 1) {
    if (day.high > top) rounded[highest] = day.high;
    if (day.low < bottom && lowest !== highest) rounded[lowest] = day.low;
  }
  return rounded;
}

/** Splits `total` into integer parts proportional to `weights` that sum to exactly `total`. */
function splitVolume(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  parts[parts.length - 1] += total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

/**
 * Deterministic one-minute bars for a session that aggregate exactly to `day`:
 * first open = open, last close = close, max high = high, min low = low, volumes sum to volume.
 * Volume follows the usual U shape (busy open and close).
 * @example minuteBars(bar, sessionSegments('2025-04-01' as IstDate), hashSeed('SBIN', '2025-04-01'))
 */
export function minuteBars(day: DayBar, segments: SessionSegment[], seed: number): CandleColumns {
  const starts = minuteStarts(segments);
  const count = starts.length;
  const bars = allocateCandles(count);
  if (count === 0) return bars;
  const random = createRandom(seed);
  const path = pricePath(day, count, random);
  const weights = starts.map((_, i) => (1 + 1.5 * ((i / count - 0.5) * 2) ** 2) * Math.exp(0.3 * normal(random)));
  const volumes = splitVolume(day.volume, weights);
  for (let i = 0; i < count; i++) {
    const open = path[i];
    const close = path[i + 1];
    const upperRoom = day.high - Math.max(open, close);
    const lowerRoom = Math.min(open, close) - day.low;
    bars.time[i] = starts[i];
    bars.open[i] = open;
    bars.close[i] = close;
    bars.high[i] = Math.min(day.high, toPaisa(Math.max(open, close) + floorToTick(upperRoom * 0.2 * random())));
    bars.low[i] = Math.max(day.low, toPaisa(Math.min(open, close) - floorToTick(lowerRoom * 0.2 * random())));
    bars.volume[i] = volumes[i];
  }
  return bars;
}
