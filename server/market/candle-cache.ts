import type { CandleColumns } from '../../src-worker/candles/types.js';
import { istDateOf, istEpochMs, type IstDate } from '../../src-worker/calendar/index.js';
import type {
  CallOptions,
  HistoryRequest,
  MarketDataSource,
  OpenAlgoClient,
  OpenAlgoError
} from '../openalgo/index.js';
import { isBarFinal, isFetchStillFresh } from '../../src-worker/candles/bar-finality.js';
import type { CacheEntry } from './cache-file.js';
import { mergeTail } from '../../src-worker/candles/candle-merge.js';
import { barsInRange } from '../../src-worker/candles/candle-slices.js';
import { createCandleStore } from './candle-store.js';
import { fetchInChunks } from './history-chunks.js';

export interface CachedHistory {
  candles: CandleColumns;
  provenance: { source: MarketDataSource; fetchedAt: string; lastBarTime: number | null; cached: boolean };
}

export interface CandleCacheStats {
  files: number;
  bytes: number;
  /** Requests answered without asking OpenAlgo. */
  hits: number;
  /** Requests that needed OpenAlgo (a full fetch or just the tail). */
  misses: number;
  /** Tails that disagreed with the cache, forcing a full refetch. */
  mismatches: number;
}

export interface CandleCache {
  history(request: HistoryRequest, options?: CallOptions): Promise<{ data: CachedHistory } | { error: OpenAlgoError }>;
  stats(): Promise<CandleCacheStats>;
}

export interface CandleCacheOptions {
  /** e.g. `.fluxscan-data/candles` */
  directory: string;
  client: OpenAlgoClient;
  /** Market time; defaults to the wall clock. */
  now?: () => Date;
  /** How long a still-forming bar may be served before it is refetched. */
  formingBarMaxAgeMs?: number;
}

const midnight = (date: string) => istEpochMs(date as IstDate) / 1000;

/**
 * History through a disk cache that knows the NSE calendar: a request the cache covers with final
 * bars costs no upstream call; otherwise only the tail from the last final bar is fetched and
 * checked against the cache; a request reaching before the cache fetches only the older bars, once.
 * Ranges longer than a broker serves at once go out in chunks. A failed fetch is an error: nothing is
 * ever made up to fill a gap.
 * @example const cache = createCandleCache({ directory: '.fluxscan-data/candles', client })
 */
export function createCandleCache(options: CandleCacheOptions): CandleCache {
  const store = createCandleStore(options.directory);
  const clock = options.now ?? (() => new Date());
  const formingMaxAge = options.formingBarMaxAgeMs ?? 60_000;
  const counts = { hits: 0, misses: 0, mismatches: 0 };
  const locks = new Map<string, Promise<unknown>>();

  /** One operation per series at a time, so two requests never write the same file from stale reads. */
  function exclusive<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = locks.get(key) ?? Promise.resolve();
    const run = previous.then(task, task);
    const settled = run.catch(() => undefined);
    locks.set(key, settled);
    void settled.then(() => locks.get(key) === settled && locks.delete(key));
    return run;
  }

  const fetchRange = (request: HistoryRequest, from: string, through: string, callOptions: CallOptions) =>
    fetchInChunks(request.interval, from as IstDate, through as IstDate, (start, end) =>
      options.client.history({ ...request, start_date: start, end_date: end }, callOptions)
    );

  /**
   * Reaches an entry back to the request's start_date by fetching only the older bars, through the
   * first cached bar's day: that bar, held by both, proves they agree. The entry keeps its fetchedAt
   * (older bars say nothing about whether its newest bar was final). Null when the server disagrees.
   */
  async function withOlderHistory(
    entry: CacheEntry,
    request: HistoryRequest,
    callOptions: CallOptions
  ): Promise<{ data: CacheEntry | null } | { error: OpenAlgoError }> {
    const firstTime = entry.candles.time[0];
    const older = await fetchRange(request, request.start_date, istDateOf(firstTime * 1000), callOptions);
    if ('error' in older) return older;
    const merged = mergeTail(older.data, entry.candles, firstTime, firstTime);
    if ('mismatch' in merged) {
      counts.mismatches++;
      return { data: null };
    }
    return { data: await save(request, request.start_date, entry.fetchedAt, merged.data) };
  }

  async function save(
    request: HistoryRequest,
    coveredFrom: string,
    fetchedAt: number,
    candles: CandleColumns
  ): Promise<CacheEntry> {
    const entry: CacheEntry = {
      exchange: request.exchange,
      symbol: request.symbol,
      interval: request.interval,
      coveredFrom,
      fetchedAt,
      source: options.client.source,
      candles
    };
    await store.write(entry);
    return entry;
  }

  function answer(entry: CacheEntry, request: HistoryRequest, cached: boolean): { data: CachedHistory } {
    const candles = barsInRange(entry.candles, midnight(request.start_date), midnight(request.end_date) + 86_399);
    const last = candles.time.length - 1;
    return {
      data: {
        candles,
        provenance: {
          source: entry.source,
          fetchedAt: new Date(entry.fetchedAt).toISOString(),
          lastBarTime: last >= 0 ? candles.time[last] : null,
          cached
        }
      }
    };
  }

  async function history(
    request: HistoryRequest,
    callOptions: CallOptions = {}
  ): Promise<{ data: CachedHistory } | { error: OpenAlgoError }> {
    const now = clock().getTime();
    const today = istDateOf(now);
    const end = (request.end_date < today ? request.end_date : today) as IstDate;
    let entry = await store.read(request.exchange, request.symbol, request.interval);
    let olderFetched = false;
    if (entry && entry.coveredFrom > request.start_date && entry.candles.time.length > 0) {
      const deeper = await withOlderHistory(entry, request, callOptions);
      if ('error' in deeper) return deeper;
      entry = deeper.data;
      olderFetched = true;
    }
    if (
      entry &&
      entry.coveredFrom <= request.start_date &&
      isFetchStillFresh(entry.fetchedAt, end, now, formingMaxAge)
    ) {
      counts[olderFetched ? 'misses' : 'hits']++;
      return answer(entry, request, !olderFetched);
    }
    counts.misses++;
    if (entry && entry.coveredFrom <= request.start_date) {
      const times = entry.candles.time;
      let lastFinal = times.length - 1;
      while (lastFinal >= 0 && !isBarFinal(times[lastFinal], request.interval, entry.fetchedAt)) lastFinal--;
      if (lastFinal >= 0) {
        // Refetch from the last final bar's day: that overlap is what proves the cache still agrees.
        const overlapDate = istDateOf(times[lastFinal] * 1000);
        const tail = await fetchRange(request, overlapDate, today, callOptions);
        if ('error' in tail) return tail;
        const merged = mergeTail(entry.candles, tail.data, midnight(overlapDate), times[lastFinal]);
        if ('data' in merged) return answer(await save(request, entry.coveredFrom, now, merged.data), request, false);
        counts.mismatches++;
      }
    }
    // An entry always runs from the earliest date ever asked for to the day of the fetch (a disagreeing one from this request's).
    const from = entry && entry.coveredFrom < request.start_date ? entry.coveredFrom : request.start_date;
    const full = await fetchRange(request, from, today, callOptions);
    if ('error' in full) return full;
    return answer(await save(request, from, now, full.data), request, false);
  }

  return {
    history: (request, callOptions) =>
      exclusive(`${request.exchange}:${request.symbol}:${request.interval}`, () => history(request, callOptions)),
    async stats() {
      return { ...(await store.usage()), ...counts };
    }
  };
}
