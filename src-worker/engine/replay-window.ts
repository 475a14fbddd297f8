import type { PackedCandles } from '../candles/packed.js';
import type { ReplayWindow } from './engine-api.js';

/**
 * The first and last bar index whose time is in the window (bars are in time
 * order; time is the first packed field). `from > to` when no bar is.
 */
export function windowBars({ bars, packed }: PackedCandles, window: ReplayWindow): { from: number; to: number } {
  let from = 0;
  while (from < bars && packed[from] < window.fromTime) from++;
  let to = bars - 1;
  while (to >= from && packed[to] > window.toTime) to--;
  return { from, to };
}
