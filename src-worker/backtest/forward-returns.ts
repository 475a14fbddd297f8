import type { CandleColumns } from '../candles/types.js';
import type { ByHorizon } from './types.js';

/** +1 for long signals, −1 for SELL and SHORT, whose gains are falling prices. */
export const directionOf = (signal: string): 1 | -1 => (/^(SELL|SHORT)$/i.test(signal) ? -1 : 1);

export interface ForwardOutcome {
  entry: number | null;
  returns: ByHorizon;
  mfe: ByHorizon;
  mae: ByHorizon;
}

const percent = (price: number, entry: number, direction: 1 | -1) => (price / entry - 1) * 100 * direction;

/**
 * What happened after a signal at bar t: entry at the open of t + 1; at horizon h
 * the exit is the close of t + h, and MFE/MAE the best and worst excursion from
 * entry over bars t + 1 … t + h. A horizon past the loaded bars is null.
 * @example forwardOutcome(candles, 10, [1, 5], 'BUY').returns['5']
 */
export function forwardOutcome(
  candles: CandleColumns,
  t: number,
  horizons: readonly number[],
  signal: string
): ForwardOutcome {
  const direction = directionOf(signal);
  const bars = candles.time.length;
  const entry = t + 1 < bars ? candles.open[t + 1] : null;
  const returns: ByHorizon = {};
  const mfe: ByHorizon = {};
  const mae: ByHorizon = {};
  for (const h of horizons) {
    if (entry === null || t + h >= bars) {
      returns[h] = mfe[h] = mae[h] = null;
      continue;
    }
    let best = -Infinity;
    let worst = Infinity;
    for (let i = t + 1; i <= t + h; i++) {
      const favourable = direction === 1 ? candles.high[i] : candles.low[i];
      const adverse = direction === 1 ? candles.low[i] : candles.high[i];
      best = Math.max(best, percent(favourable, entry, direction));
      worst = Math.min(worst, percent(adverse, entry, direction));
    }
    returns[h] = percent(candles.close[t + h], entry, direction);
    mfe[h] = best;
    mae[h] = worst;
  }
  return { entry, returns, mfe, mae };
}

/**
 * The benchmark's return over the same bars as an event (entry at its open on the
 * bar at `entryTime`, exit at its close on the bar at `exitTime`), or null when the
 * benchmark has no bar at either time.
 */
export function benchmarkReturn(
  benchmark: CandleColumns,
  index: ReadonlyMap<number, number>,
  entryTime: number,
  exitTime: number
): number | null {
  const from = index.get(entryTime);
  const to = index.get(exitTime);
  if (from === undefined || to === undefined) return null;
  return percent(benchmark.close[to], benchmark.open[from], 1);
}

/** Bar index by bar time, for aligning a benchmark with a symbol. */
export const indexByTime = (candles: CandleColumns): Map<number, number> =>
  new Map(Array.from(candles.time, (time, i) => [time, i]));
