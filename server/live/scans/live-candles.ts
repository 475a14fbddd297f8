import { coldFetchStartDate } from '../../../src-worker/candles/history-range.js';
import { barsInRange, concatCandles } from '../../../src-worker/candles/candle-slices.js';
import type { CandleColumns } from '../../../src-worker/candles/types.js';
import { istDateOf, sessionSegments } from '../../../src-worker/calendar/index.js';
import type { CandleCache } from '../../market/index.js';
import { REQUEST_SCHEMAS } from '../../openalgo/index.js';
import { toInterval, type CandleBuilder } from '../candles/index.js';
import type { Instrument } from '../stream/index.js';

/**
 * The bars of earlier sessions a live scan needs for its lookback, from history through the
 * server's cache (today's bars come from the live candles). An error names why history failed.
 * @example await earlierBars(cache, { symbol: 'SBIN', exchange: 'NSE' }, '5m', 250, now, 'live:1')
 */
export async function earlierBars(
  cache: Pick<CandleCache, 'history'>,
  { symbol, exchange }: Instrument,
  interval: string,
  lookback: number,
  nowMs: number,
  caller: string
): Promise<{ data: CandleColumns } | { error: string }> {
  const today = istDateOf(nowMs);
  const request = REQUEST_SCHEMAS.history.safeParse({
    symbol,
    exchange,
    interval,
    start_date: coldFetchStartDate(interval, lookback, nowMs),
    end_date: today
  });
  if (!request.success) return { error: request.error.issues.map((issue) => issue.message).join('; ') };
  const history = await cache.history(request.data, { caller });
  if ('error' in history) return { error: history.error.message };
  const open = sessionSegments(today)[0]?.start ?? nowMs;
  return { data: barsInRange(history.data.candles, 0, open / 1000 - 1) };
}

/**
 * Earlier sessions' bars followed by today's live bars in `minutes`-long bars, through the bar
 * starting at `barTime` (epoch seconds).
 * @example liveCandles(earlier, builder, 'NSE:SBIN', 5, barTime)
 */
export function liveCandles(
  earlier: CandleColumns,
  builder: CandleBuilder,
  key: string,
  minutes: number,
  barTime: number
): CandleColumns {
  const today = barsInRange(toInterval(builder.closedBars(key), minutes), 0, barTime);
  return today.time.length === 0 ? earlier : concatCandles(earlier, today);
}
