import { istDateOf, type IstDate } from '$engine/calendar';
import { mergeTail } from '$engine/candles/candle-merge';
import { saveRecord, type CandleStore } from './candle-db';
import { candleRecordOf, withRefreshFailure, type CandleRecord, type SymbolRef } from './candle-record';
import type { MarketApi, MarketApiError, MarketHistory } from './market-api';
import type { RefreshPlan } from './refresh-plan';
import { symbolLoad, type SymbolDataState, type SymbolLoad } from './symbol-status';

export interface HistoryRefreshDependencies {
  api: MarketApi;
  store: CandleStore;
  signal?: AbortSignal;
}

/**
 * Brings one symbol's cache up to date from history, as `plan` says: the tail from the last final
 * bar, merged (a tail that disagrees with the cache means a full refetch), or the full range. A failed
 * fetch leaves the cached bars in use, marked stale; with nothing cached the symbol has failed.
 * @example const load = await refreshFromHistory(ref, 'D', record, plan, { api, store }, Date.now())
 */
export async function refreshFromHistory(
  ref: SymbolRef,
  interval: string,
  cached: CandleRecord | null,
  plan: Extract<RefreshPlan, { kind: 'tail' | 'full' }>,
  { api, store, signal }: HistoryRefreshDependencies,
  now: number
): Promise<SymbolLoad> {
  const today = istDateOf(now);
  const fetchRange = (startDate: IstDate) =>
    api.history({ ...ref, interval, start_date: startDate, end_date: today }, { signal });

  async function keep(
    history: MarketHistory,
    candles: MarketHistory['candles'],
    coveredFrom: IstDate,
    state: SymbolDataState
  ): Promise<SymbolLoad> {
    const { source, fetchedAt } = history.provenance;
    const record = candleRecordOf(ref, interval, candles, { source, fetchedAt, coveredFrom });
    return symbolLoad(ref, state, record, await saveRecord(store, record));
  }

  async function fallBack(error: MarketApiError): Promise<SymbolLoad> {
    if (!cached) return symbolLoad(ref, 'failed', null, error.message);
    // A cancelled request says nothing about the data, so only real failures are recorded.
    const marked = error.kind === 'aborted' ? cached : withRefreshFailure(cached, error.message);
    if (marked !== cached) await saveRecord(store, marked);
    return symbolLoad(ref, 'stale', marked, error.message);
  }

  async function fetchInFull(startDate: IstDate): Promise<SymbolLoad> {
    const full = await fetchRange(startDate);
    if ('error' in full) return fallBack(full.error);
    if (full.data.candles.time.length === 0) {
      return fallBack({ kind: 'not-found', message: `no ${interval} bars from ${startDate} to ${today}` });
    }
    return keep(full.data, full.data.candles, startDate, 'fetched');
  }

  if (plan.kind === 'full' || !cached) return fetchInFull(plan.kind === 'full' ? plan.startDate : plan.fullStartDate);
  const tail = await fetchRange(plan.startDate);
  if ('error' in tail) return fallBack(tail.error);
  const merged = mergeTail(cached, tail.data.candles, plan.overlapFrom, plan.lastFinalTime);
  if ('mismatch' in merged) return fetchInFull(plan.fullStartDate);
  return keep(tail.data, merged.data, cached.coveredFrom, 'refreshed');
}
