import type { CandleCache } from '../../server/market/index.js';
import type { HistoryRequest } from '../../server/openalgo/index.js';
import { packCandles } from '../../src-worker/candles/packed.js';
import { lastBars, type CandleColumns } from '../../src-worker/candles/types.js';
import type { BatchTask } from '../../src-worker/engine/engine-api.js';
import type { ScanPool } from '../../src-worker/pool/scan-pool.js';

/** How long one scan over cached history took, from its first history call. */
export interface ScanTiming {
  /** Until the last symbol's candles were in hand. */
  fetchMs: number;
  /** Until the scan had computed every symbol. */
  totalMs: number;
  matches: number;
}

interface ScanThroughCacheOptions {
  pool: ScanPool;
  cache: CandleCache;
  source: string;
  /** One history request per symbol. */
  requests: HistoryRequest[];
  /** Bars each engine task carries (the newest ones). */
  lookbackBars: number;
  /** Who is asking, for the client's throttle. */
  caller: string;
}

type Arrival = { task: BatchTask } | { error: Error };

/**
 * Asks the cache for every symbol at once (the client's throttle paces what goes upstream) and
 * scans each symbol the moment its candles arrive, so computing overlaps fetching.
 * @example await scanThroughCache({ pool, cache, source, requests, lookbackBars: 250, caller: 'bench' })
 */
export async function scanThroughCache(options: ScanThroughCacheOptions): Promise<ScanTiming> {
  const started = performance.now();
  let lastArrival = started;
  const arrived = (arrival: Arrival): Arrival => {
    lastArrival = performance.now();
    return arrival;
  };
  const arrivals = options.requests.map((request) =>
    options.cache.history(request, { caller: options.caller }).then(
      (result) =>
        arrived(
          'error' in result
            ? { error: result.error }
            : { task: engineTask(request, result.data.candles, options.lookbackBars) }
        ),
      (error: unknown) => arrived({ error: error instanceof Error ? error : new Error(String(error)) })
    )
  );
  try {
    const summary = await options.pool.scan({
      source: options.source,
      symbols: inArrivalOrder(arrivals),
      total: arrivals.length
    });
    const finished = performance.now();
    if (summary.status !== 'completed') throw new Error(`the scan ${summary.status}: ${summary.message ?? ''}`);
    if (summary.errors.length > 0)
      throw new Error(`${summary.errors.length} symbols failed, e.g. ${summary.errors[0].message}`);
    return { fetchMs: lastArrival - started, totalMs: finished - started, matches: summary.stats.matches };
  } finally {
    // A failed scan stops reading early: let the remaining calls settle before the caller closes the simulator and cache.
    await Promise.all(arrivals);
  }
}

function engineTask(request: HistoryRequest, candles: CandleColumns, lookbackBars: number): BatchTask {
  return {
    symbol: request.symbol,
    exchange: request.exchange,
    interval: request.interval,
    candles: packCandles(lastBars(candles, lookbackBars))
  };
}

/** Each symbol's task as soon as its history arrives; the first failed symbol ends the scan. */
async function* inArrivalOrder(arrivals: Promise<Arrival>[]): AsyncGenerator<BatchTask> {
  const pending = new Map(arrivals.map((arrival, index) => [index, arrival.then((settled) => ({ index, settled }))]));
  while (pending.size > 0) {
    const { index, settled } = await Promise.race(pending.values());
    pending.delete(index);
    if ('error' in settled) throw settled.error;
    yield settled.task;
  }
}
