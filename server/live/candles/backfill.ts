import { istDateOf } from '../../../src-worker/calendar/index.js';
import type { CandleCache } from '../../market/index.js';
import { REQUEST_SCHEMAS } from '../../openalgo/index.js';
import type { Instrument } from '../stream/index.js';
import type { CandleBuilder } from './candle-builder.js';

/**
 * Fetches the day's one-minute bars of each symbol from history (through the server's candle
 * cache and OpenAlgo throttle) and lets them replace the live bars of closed minutes. Returns
 * the symbols history could not serve, with the reason; their live bars stay as built.
 * @example await backfillDay({ cache, builder, instruments, nowMs: clock(), caller: 'live:3' })
 */
export async function backfillDay({
  cache,
  builder,
  instruments,
  nowMs,
  caller
}: {
  cache: Pick<CandleCache, 'history'>;
  builder: CandleBuilder;
  instruments: Instrument[];
  nowMs: number;
  caller: string;
}): Promise<{ symbol: string; exchange: string; message: string }[]> {
  const day = istDateOf(nowMs);
  const failures: { symbol: string; exchange: string; message: string }[] = [];
  await Promise.all(
    instruments.map(async ({ symbol, exchange }) => {
      const request = REQUEST_SCHEMAS.history.safeParse({
        symbol,
        exchange,
        interval: '1m',
        start_date: day,
        end_date: day
      });
      if (!request.success)
        return void failures.push({
          symbol,
          exchange,
          message: request.error.issues.map((issue) => issue.message).join('; ')
        });
      const history = await cache.history(request.data, { caller });
      if ('error' in history) return void failures.push({ symbol, exchange, message: history.error.message });
      builder.reconcile(`${exchange}:${symbol}`, history.data.candles, nowMs);
    })
  );
  return failures;
}
