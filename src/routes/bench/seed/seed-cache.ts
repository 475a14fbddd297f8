import { istEpochMs, latestCompletedSession, previousTradingDays, type IstDate } from '$engine/calendar';
import { cacheStats, clearCandleCache } from '$lib/candles';
import { indexedDbCandleStore } from '$lib/candles/candle-db';
import { candleRecordOf, type CandleRecord } from '$lib/candles/candle-record';
import { fetchPredefinedList } from '$lib/services/lists.service';
import { BENCH_BARS, benchSlices } from '../bench-workload';
import { downloadRealSeries } from '../real-series';
import type { SeedReport } from './seed-report';

export const SEED_LIST = 'nifty500';

/** The `count` NSE trading days ending on `lastSession`, oldest first. */
const sessionsEndingOn = (lastSession: IstDate, count: number): IstDate[] => [
  ...previousTradingDays(lastSession, count - 1),
  lastSession
];

/**
 * One record per constituent of the list: real `BENCH_BARS`-bar slices of the recorded series,
 * re-dated onto the sessions ending at the latest completed one (prices untouched, as the
 * simulator serves recorded series), fetched at `now` so the loader needs no request.
 */
async function freshListRecords(
  now: number
): Promise<{ records: CandleRecord[]; realSeries: number; lastSession: IstDate }> {
  const [series, list] = await Promise.all([downloadRealSeries(), fetchPredefinedList(SEED_LIST)]);
  const lastSession = latestCompletedSession(new Date(now));
  const sessions = sessionsEndingOn(lastSession, BENCH_BARS);
  // A daily bar is stamped at its session's IST midnight, as the simulator stamps recorded bars.
  const time = Float64Array.from(sessions, (date) => istEpochMs(date) / 1000);
  const coveredFrom = sessions[0];
  const slices = benchSlices(series, list.symbols.length, BENCH_BARS);
  const records = list.symbols.map(({ symbol, exchange }, i) =>
    candleRecordOf(
      { symbol, exchange },
      'D',
      { ...slices[i].candles, time },
      { source: 'simulator', fetchedAt: now, coveredFrom }
    )
  );
  return { records, realSeries: series.length, lastSession };
}

/**
 * Replaces this browser's candle cache with a fresh year of daily bars for every NIFTY 500 symbol,
 * written through the app's own store.
 * @example const report = await seedListCache((phase) => (status = phase));
 */
export async function seedListCache(onPhase: (phase: string) => void): Promise<SeedReport> {
  onPhase('downloading the real series and the list');
  const now = Date.now();
  const { records, realSeries, lastSession } = await freshListRecords(now);
  await clearCandleCache();
  onPhase(`writing ${records.length} records to IndexedDB`);
  const started = performance.now();
  for (const record of records) await indexedDbCandleStore.put(record);
  const seedMs = performance.now() - started;
  const { approxBytes } = await cacheStats();
  return {
    status: 'done',
    action: 'seed',
    list: SEED_LIST,
    records: records.length,
    barsPerRecord: BENCH_BARS,
    realSeries,
    lastSession,
    fetchedAt: now,
    seedMs,
    approxBytes
  };
}

/** Empties the candle cache and reports how many records are left (0 when it worked). */
export async function clearSeededCache(): Promise<SeedReport> {
  await clearCandleCache();
  const { records } = await cacheStats();
  return { status: 'done', action: 'clear', recordsLeft: records };
}

/** Makes the report visible to the Node bench driving this page. */
export function publishSeedReport(report: SeedReport): void {
  window.__fluxscanSeed = report;
}
