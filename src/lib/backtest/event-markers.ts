import type { BacktestEvent } from '$engine/backtest/types';
import type { CandleColumns } from '$engine/candles/types';
import { signalLabel } from '$lib/format';

/** Bars kept on the event's chart before the signal and after the exit. */
const BARS_BEFORE = 60;
const BARS_AFTER = 20;

export interface EventChartView {
  candles: CandleColumns;
  /** Markers for the chart: the signal bar, the entry bar (t + 1) and the exit bar (t + h). */
  markers: { time: number; signal: string }[];
  /** Why a marker is missing (the bars are not loaded), or null. */
  note: string | null;
}

/**
 * The bars around an event, with markers at its signal, entry and exit for `horizon`, cut from
 * the symbol's loaded candles.
 * @example eventChartView(candles, event, 5).markers // [{ time, signal: 'BUY' }, { time, signal: 'Entry' }, { time, signal: 'Exit 5' }]
 */
export function eventChartView(
  candles: CandleColumns,
  event: BacktestEvent,
  horizon: number
): EventChartView | { error: string } {
  const t = candles.time.indexOf(event.barTime);
  if (t < 0) return { error: 'the signal bar is not among the loaded candles' };
  const last = Math.min(candles.time.length - 1, t + horizon + BARS_AFTER);
  const first = Math.max(0, t - BARS_BEFORE);
  const cut = Object.fromEntries(
    Object.entries(candles).map(([field, column]) => [field, column.subarray(first, last + 1)])
  ) as unknown as CandleColumns;
  const markers = [{ time: event.barTime, signal: signalLabel(event.signal) }];
  let note: string | null = null;
  if (t + 1 < candles.time.length) markers.push({ time: candles.time[t + 1], signal: 'Entry' });
  if (t + horizon < candles.time.length) markers.push({ time: candles.time[t + horizon], signal: `Exit ${horizon}` });
  else note = `no bar ${horizon} after the signal yet: no exit`;
  return { candles: cut, markers, note };
}
