import type { CandleColumns } from '../candles/types.js';
import type { ScanRow } from '../pool/scan-types.js';
import { benchmarkReturn, directionOf, forwardOutcome, indexByTime } from './forward-returns.js';
import type { IndexedEvent } from './summary.js';
import type { ByHorizon } from './types.js';

/** Index of the bar at `time` in ascending times, or -1. */
function barAt(times: Float64Array, time: number): number {
  let low = 0;
  let high = times.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (times[middle] === time) return middle;
    if (times[middle] < time) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/**
 * Turns matched rows (one per signal bar) into events with forward returns, MFE/MAE
 * and — with a benchmark — excess returns, ordered by symbol then time.
 */
export function collectEvents(
  rows: readonly ScanRow[],
  histories: ReadonlyMap<string, CandleColumns>,
  horizons: readonly number[],
  benchmark?: CandleColumns
): IndexedEvent[] {
  const benchmarkIndex = benchmark ? indexByTime(benchmark) : null;
  const events: IndexedEvent[] = [];
  for (const row of rows) {
    const candles = histories.get(`${row.exchange}:${row.symbol}`);
    const bar = candles && row.barTime !== null ? barAt(candles.time, row.barTime) : -1;
    if (!candles || bar < 0) continue;
    const outcome = forwardOutcome(candles, bar, horizons, row.signal);
    const event: IndexedEvent['event'] = {
      symbol: row.symbol,
      exchange: row.exchange,
      barTime: row.barTime!,
      signal: row.signal,
      columns: row.columns,
      ...outcome
    };
    if (benchmark && benchmarkIndex) {
      const direction = directionOf(row.signal);
      const excess: ByHorizon = {};
      for (const h of horizons) {
        const own = outcome.returns[h];
        const market =
          own === null
            ? null
            : benchmarkReturn(benchmark, benchmarkIndex, candles.time[bar + 1], candles.time[bar + h]);
        excess[h] = own === null || market === null ? null : own - direction * market;
      }
      event.excess = excess;
    }
    events.push({ event, bar });
  }
  return events.sort((a, b) =>
    a.event.symbol < b.event.symbol ? -1 : a.event.symbol > b.event.symbol ? 1 : a.event.barTime - b.event.barTime
  );
}
