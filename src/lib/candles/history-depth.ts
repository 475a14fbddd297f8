import { istEpochMs, type IstDate } from '$engine/calendar';
import { coldFetchStartDate } from '$engine/candles/history-range';
import type { CandleColumns } from '$engine/candles/types';

/** How deep a load must reach: `lookbackBars` bars before `from` (a backtest's first signal day), or before today. */
export interface HistoryDepth {
  interval: string;
  lookbackBars: number;
  /** The first date a backtest replays; absent for a scan, which only needs the newest bars. */
  from?: IstDate;
}

/** Epoch seconds of `from`'s IST midnight: the bars before it are the look-back. */
const fromTime = (from: IstDate) => istEpochMs(from) / 1000;

/**
 * The history start_date a load needs: `lookbackBars` before today, or before `from` when that reaches further back.
 * @example historyStartDate({ interval: 'D', lookbackBars: 250, from: '2021-12-01' }, Date.now()) // '2020-08-…'
 */
export function historyStartDate({ interval, lookbackBars, from }: HistoryDepth, now: number): IstDate {
  const recent = coldFetchStartDate(interval, lookbackBars, now);
  if (!from) return recent;
  const deep = coldFetchStartDate(interval, lookbackBars, istEpochMs(from));
  return deep < recent ? deep : recent;
}

/** Bars a record holds before `from` (all of them for a scan): what its look-back can use. */
export function barsBeforeFrom(candles: CandleColumns, from: IstDate | undefined): number {
  if (!from) return candles.time.length;
  const limit = fromTime(from);
  let count = 0;
  while (count < candles.time.length && candles.time[count] < limit) count++;
  return count;
}

/**
 * The bars a task carries: the newest `lookbackBars` for a scan; for a backtest, `lookbackBars` before
 * `from` and every bar after it (the replay needs them all, and the horizons after its `to`). Views, no copy.
 * @example taskWindow(record, { interval: 'D', lookbackBars: 250, from: '2025-12-01' })
 */
export function taskWindow(candles: CandleColumns, { lookbackBars, from }: HistoryDepth): CandleColumns {
  const start = Math.max(0, from ? barsBeforeFrom(candles, from) - lookbackBars : candles.time.length - lookbackBars);
  return {
    time: candles.time.subarray(start),
    open: candles.open.subarray(start),
    high: candles.high.subarray(start),
    low: candles.low.subarray(start),
    close: candles.close.subarray(start),
    volume: candles.volume.subarray(start),
    oi: candles.oi.subarray(start)
  };
}
