import { istDateOf, type IstDate } from '$engine/calendar';
import { mergeTail } from '$engine/candles/candle-merge';
import { saveRecord } from './candle-db';
import { candleRecordOf, withRefreshFailure, type CandleRecord, type SymbolRef } from './candle-record';
import { updateFormingBars } from './forming-bar';
import { refreshFromHistory, type HistoryRefreshDependencies } from './history-refresh';
import { planRefresh, type RefreshNeed } from './refresh-plan';
import { symbolLoad, type SymbolLoad } from './symbol-status';

/**
 * Deepens one symbol's cache back to `startDate`, once: fetches only the older range, through the
 * first cached bar's day (that bar, held by both, proves the cache and the server agree; if it differs
 * the whole range is refetched), keeps it with `coveredFrom = startDate`, then brings the newest bars up
 * to date as a scan would. The older bars keep the record's `fetchedAt`: they say nothing about whether
 * its newest bar was final. A failed fetch scans the bars already cached, marked stale.
 * @example const load = await loadOlderHistory(ref, cached, '2020-08-01', { interval: 'D', lookbackBars: 250, from }, deps, Date.now())
 */
export async function loadOlderHistory(
  ref: SymbolRef,
  cached: CandleRecord,
  startDate: IstDate,
  need: RefreshNeed,
  dependencies: HistoryRefreshDependencies,
  now: number
): Promise<SymbolLoad> {
  const { api, store, signal } = dependencies;
  const { interval } = need;
  const firstCachedTime = cached.time[0];
  const older = await api.history(
    { ...ref, interval, start_date: startDate, end_date: istDateOf(firstCachedTime * 1000) },
    { signal }
  );
  if ('error' in older) {
    if (older.error.kind === 'aborted') return symbolLoad(ref, 'stale', cached, older.error.message);
    const message = `older history from ${startDate} not fetched: ${older.error.message}`;
    const marked = withRefreshFailure(cached, message);
    await saveRecord(store, marked);
    return symbolLoad(ref, 'stale', marked, message);
  }
  const merged = mergeTail(older.data.candles, cached, firstCachedTime, firstCachedTime);
  // The server no longer agrees with the cache (e.g. prices adjusted since): everything is fetched again.
  if ('mismatch' in merged)
    return refreshFromHistory(ref, interval, cached, { kind: 'full', startDate }, dependencies, now);
  const { source, fetchedAt } = cached.provenance;
  const deeper = candleRecordOf(ref, interval, merged.data, { source, fetchedAt, coveredFrom: startDate });
  const saveError = await saveRecord(store, deeper);
  const plan = planRefresh(deeper, need, now);
  if (plan.kind === 'tail' || plan.kind === 'full')
    return refreshFromHistory(ref, interval, deeper, plan, dependencies, now);
  if (plan.kind === 'forming-bar') {
    const [update] = await updateFormingBars([deeper], dependencies, now);
    if (update.record)
      return symbolLoad(
        ref,
        update.record.provenance.status === 'failed' ? 'stale' : 'refreshed',
        update.record,
        update.error
      );
  }
  return symbolLoad(ref, 'refreshed', deeper, saveError);
}
