import type { CandleRecord, MarketDataSource, SymbolRef } from './candle-record';

/**
 * How one symbol's data was obtained for a scan:
 * - `cached`: the cache was fresh, no request;
 * - `fetched`: fetched in full (nothing usable cached, or the cache disagreed with the server);
 * - `refreshed`: the missing tail (or today's forming bar) was fetched and merged;
 * - `stale`: a fetch was needed but failed; the scan runs on the cached bars, `error` says why;
 * - `failed`: no usable data (nothing cached and the fetch failed): no task, show `error`.
 */
export type SymbolDataState = 'cached' | 'fetched' | 'refreshed' | 'stale' | 'failed';

export interface SymbolDataStatus extends SymbolRef {
  state: SymbolDataState;
  /** null when there is no data at all. */
  source: MarketDataSource | null;
  /** When the bars in use were fetched upstream (epoch ms). */
  fetchedAt: number | null;
  /** The newest bar in use (epoch s). */
  lastBarTime: number | null;
  error: string | null;
}

/** A symbol's outcome: its status and, unless it failed, the record a scan runs on. */
export interface SymbolLoad {
  status: SymbolDataStatus;
  record: CandleRecord | null;
}

/**
 * The outcome of one symbol, with provenance read from the record in use.
 * @example symbolLoad(ref, 'cached', record, null)
 */
export function symbolLoad(
  ref: SymbolRef,
  state: SymbolDataState,
  record: CandleRecord | null,
  error: string | null
): SymbolLoad {
  return {
    status: {
      symbol: ref.symbol,
      exchange: ref.exchange,
      state,
      source: record?.provenance.source ?? null,
      fetchedAt: record?.provenance.fetchedAt ?? null,
      lastBarTime: record?.provenance.lastBarTime ?? null,
      error
    },
    record
  };
}
