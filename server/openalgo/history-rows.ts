import { parseBarTime } from '../../src-worker/candles/timestamp.js';
import { allocateCandles, type CandleColumns } from '../../src-worker/candles/types.js';
import type { HistoryRow } from './response-schemas.js';

/**
 * OpenAlgo history rows as candle columns: timestamps in any OpenAlgo format become epoch seconds,
 * a missing `oi` becomes 0. Rows out of order or with an unreadable time are an error, not skipped.
 * @example historyRowsToColumns([{ timestamp: '2025-04-01 00:00:00+05:30', open: 1, high: 2, low: 0.5, close: 1.5, volume: 10 }])
 */
export function historyRowsToColumns(rows: HistoryRow[]): { data: CandleColumns } | { error: string } {
  const candles = allocateCandles(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const time = parseBarTime(row.timestamp);
    if (time === null) return { error: `row ${i + 1}: unreadable timestamp ${JSON.stringify(row.timestamp)}` };
    if (i > 0 && time <= candles.time[i - 1]) return { error: `row ${i + 1}: bar time is not after the previous bar` };
    candles.time[i] = time;
    candles.open[i] = row.open;
    candles.high[i] = row.high;
    candles.low[i] = row.low;
    candles.close[i] = row.close;
    candles.volume[i] = row.volume;
    candles.oi[i] = row.oi ?? 0;
  }
  return { data: candles };
}
