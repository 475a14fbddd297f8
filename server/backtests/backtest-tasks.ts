import { istDateOf } from '../../src-worker/calendar/ist-time.js';
import { coldFetchStartDate } from '../../src-worker/candles/history-range.js';
import { packCandles } from '../../src-worker/candles/packed.js';
import type { CandleColumns } from '../../src-worker/candles/types.js';
import type { BatchTask } from '../../src-worker/engine/engine-api.js';
import type { CandleCache } from '../market/index.js';
import { REQUEST_SCHEMAS } from '../openalgo/index.js';

export interface HistoryWindow {
  interval: string;
  /** Bars of history before the first signal bar (the scanner's @lookback). */
  lookback: number;
  fromTime: number;
  now: number;
  caller: string;
}

/**
 * One symbol's candles for a backtest from the server's cache: `lookback` bars
 * before `fromTime` through the newest bar (so horizons after `to` are there).
 */
export async function loadHistory(
  cache: Pick<CandleCache, 'history'>,
  symbol: string,
  exchange: string,
  window: HistoryWindow
): Promise<{ data: CandleColumns } | { error: string }> {
  const request = REQUEST_SCHEMAS.history.safeParse({
    symbol,
    exchange,
    interval: window.interval,
    start_date: coldFetchStartDate(window.interval, window.lookback, window.fromTime * 1000),
    end_date: istDateOf(window.now)
  });
  if (!request.success)
    return { error: request.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') };
  const history = await cache.history(request.data, { caller: window.caller });
  if ('error' in history) return { error: history.error.message };
  const candles = history.data.candles;
  let first = 0;
  while (first < candles.time.length && candles.time[first] < window.fromTime) first++;
  const start = Math.max(0, first - window.lookback);
  const cut = Object.fromEntries(
    Object.entries(candles).map(([field, column]) => [field, column.subarray(start)])
  ) as unknown as CandleColumns;
  if (cut.time.length === 0) return { error: `no ${window.interval} bars from ${request.data.start_date}` };
  return { data: cut };
}

/**
 * Engine tasks for the symbols, loaded one after another as the pool asks for them; failures go to `onError`.
 * An NSE symbol carries its industry from `industries` (NSE symbol → Industry) for the scanner's `industry`.
 */
export async function* backtestTasks(
  cache: Pick<CandleCache, 'history'>,
  symbols: readonly { symbol: string; exchange: string }[],
  window: HistoryWindow,
  onError: (symbol: string, exchange: string, message: string) => void,
  signal?: AbortSignal,
  industries?: ReadonlyMap<string, string>
): AsyncGenerator<BatchTask> {
  for (const { symbol, exchange } of symbols) {
    if (signal?.aborted) return;
    const loaded = await loadHistory(cache, symbol, exchange, window);
    const industry = exchange === 'NSE' ? (industries?.get(symbol) ?? null) : null;
    if ('error' in loaded) onError(symbol, exchange, `no data: ${loaded.error}`);
    else yield { symbol, exchange, interval: window.interval, candles: packCandles(loaded.data), industry };
  }
}
