import { packCandles } from '../../src-worker/candles/packed.js';
import { lastBars } from '../../src-worker/candles/types.js';
import { istDateOf } from '../../src-worker/calendar/index.js';
import type { BatchTask } from '../../src-worker/engine/engine-api.js';
import type { CandleCache } from '../market/index.js';
import { REQUEST_SCHEMAS } from '../openalgo/index.js';
import type { RunError, WatchlistSymbol } from '../store/index.js';
import { coldFetchStartDate } from '../../src-worker/candles/history-range.js';

export interface WatchlistTaskOptions {
  cache: Pick<CandleCache, 'history'>;
  symbols: WatchlistSymbol[];
  interval: string;
  lookbackBars: number;
  now: number;
  /** Who asks OpenAlgo (the throttle takes turns between callers), e.g. `run:<id>`. */
  caller: string;
  /** A symbol without data: reported, never skipped silently and never made up. */
  onNoData: (error: RunError) => void;
  /** NSE symbol → Industry for the scanner's `industry` (null for symbols it lacks). */
  industries?: ReadonlyMap<string, string>;
  /** History requests in flight at once; the client throttles OpenAlgo anyway. */
  concurrency?: number;
  signal?: AbortSignal;
}

type Loaded = { task: BatchTask } | { error: RunError };

/**
 * Engine tasks for a watchlist, yielded as each symbol's candles arrive from the server's cache
 * (a few requests in flight), so the pool computes while the rest still load. Each symbol gives
 * either a task with its last `lookbackBars` bars or one `onNoData` error "no data: …".
 * @example for await (const task of watchlistTasks({ cache, symbols, interval: 'D', lookbackBars: 250, now, caller, onNoData })) …
 */
export async function* watchlistTasks(options: WatchlistTaskOptions): AsyncGenerator<BatchTask> {
  const { cache, symbols, interval, lookbackBars, now, caller, onNoData, signal } = options;
  const startDate = coldFetchStartDate(interval, lookbackBars, now);
  const today = istDateOf(now);

  async function load({ symbol, exchange }: WatchlistSymbol): Promise<Loaded> {
    const noData = (reason: string): Loaded => ({
      error: { symbol, exchange, message: `no data: ${reason}`, line: null, column: null }
    });
    const request = REQUEST_SCHEMAS.history.safeParse({
      symbol,
      exchange,
      interval,
      start_date: startDate,
      end_date: today
    });
    if (!request.success)
      return noData(request.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
    const history = await cache.history(request.data, { caller });
    if ('error' in history) return noData(history.error.message);
    if (history.data.candles.time.length === 0) return noData(`no ${interval} bars from ${startDate} to ${today}`);
    const industry = exchange === 'NSE' ? (options.industries?.get(symbol) ?? null) : null;
    return {
      task: { symbol, exchange, interval, candles: packCandles(lastBars(history.data.candles, lookbackBars)), industry }
    };
  }

  const pending = new Map<number, Promise<{ index: number; loaded: Loaded }>>();
  let next = 0;
  const fill = () => {
    while (pending.size < (options.concurrency ?? 4) && next < symbols.length && !signal?.aborted) {
      const index = next++;
      pending.set(
        index,
        load(symbols[index]).then((loaded) => ({ index, loaded }))
      );
    }
  };
  fill();
  while (pending.size > 0) {
    const { index, loaded } = await Promise.race(pending.values());
    pending.delete(index);
    if (signal?.aborted) continue;
    fill();
    if ('error' in loaded) onNoData(loaded.error);
    else yield loaded.task;
  }
}
