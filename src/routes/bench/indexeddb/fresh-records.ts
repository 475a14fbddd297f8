import { istDateOf, sessionClose } from '$engine/calendar';
import { candleRecordOf, type CandleRecord } from '$lib/candles/candle-record';
import type { RealSeries } from '../bench-workload';

const MINUTE_MS = 60_000;

/**
 * Daily records of `slices` on NSE, as a fetch just after the newest bar's session
 * closed would leave them, and a market clock (`now`, epoch ms) at which the loader
 * finds every one fresh.
 * @example const { records, now } = freshDailyRecords(benchSlices(series, 500))
 */
export function freshDailyRecords(slices: readonly RealSeries[]): { records: CandleRecord[]; now: number } {
  const newestBar = Math.max(...slices.map(({ candles }) => candles.time[candles.time.length - 1]));
  const session = istDateOf(newestBar * 1000);
  const close = sessionClose(session);
  if (close === null) throw new Error(`the newest bar is on ${session}, a day NSE was closed`);
  // Fetched after the close, so every bar is final; read before the next session opens, so nothing is due.
  const fetchedAt = close + 5 * MINUTE_MS;
  const records = slices.map(({ symbol, candles }) =>
    candleRecordOf({ symbol, exchange: 'NSE' }, 'D', candles, {
      source: 'simulator',
      fetchedAt,
      coveredFrom: istDateOf(candles.time[0] * 1000)
    })
  );
  return { records, now: close + 30 * MINUTE_MS };
}
