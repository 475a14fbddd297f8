import { ScanPool } from '$engine/pool/scan-pool';
import {
  cacheStats,
  clearCandleCache,
  loadScanCandles,
  type MarketApi,
  type SymbolDataState,
  type SymbolRef
} from '$lib/candles';
import { indexedDbCandleStore } from '$lib/candles/candle-db';
import { BENCH_BARS, BENCH_SCANNER, benchSlices } from '../bench-workload';
import { median } from '../median';
import { downloadRealSeries } from '../real-series';
import type { CacheBenchReport } from './cache-bench-report';
import { freshDailyRecords } from './fresh-records';

export const CACHE_BENCH_SYMBOLS = 500;
const LOAD_WARMUPS = 2;
const LOAD_RUNS = 9;
const SCAN_WARMUPS = 1;
const SCAN_RUNS = 7;

type DoneReport = Extract<CacheBenchReport, { status: 'done' }>;

/** What one bench run loads: the seeded symbols, at a clock where all are fresh, through an API that only counts. */
interface CacheLoadWorkload {
  symbols: SymbolRef[];
  now: number;
  api: MarketApi;
}

/** A market API that answers nothing and counts every call: a fresh cache must never reach it. */
function requestCountingApi(): { api: MarketApi; requests: () => number } {
  let requests = 0;
  const refuse = async () => {
    requests++;
    return { error: { kind: 'offline', message: 'the cache bench allows no requests' } };
  };
  return { api: { history: refuse, multiquotes: refuse }, requests: () => requests };
}

const loadCandles = ({ symbols, now, api }: CacheLoadWorkload, onStatus?: (state: SymbolDataState) => void) =>
  loadScanCandles({
    symbols,
    interval: 'D',
    lookbackBars: BENCH_BARS,
    now: () => now,
    api,
    onStatus: (status) => onStatus?.(status.state)
  });

/** One load of every symbol, timed from the call until its last task is yielded. */
async function timeCacheLoad(workload: CacheLoadWorkload): Promise<DoneReport['firstLoad']> {
  const states: Partial<Record<SymbolDataState, number>> = {};
  let tasks = 0;
  const started = performance.now();
  let lastTaskAt = started;
  for await (const _task of loadCandles(workload, (state) => (states[state] = (states[state] ?? 0) + 1))) {
    tasks++;
    lastTaskAt = performance.now();
  }
  return { elapsedMs: lastTaskAt - started, tasks, cached: states.cached ?? 0, states };
}

/** Scans with the candles streaming from IndexedDB into the pool, as the Run button does, until every row is in. */
async function measureWarmScan(
  workload: CacheLoadWorkload,
  onPhase: (phase: string) => void
): Promise<DoneReport['warmScan']> {
  const pool = new ScanPool();
  try {
    const scanOnce = async () => {
      const started = performance.now();
      const summary = await pool.scan({
        source: BENCH_SCANNER,
        symbols: loadCandles(workload),
        total: workload.symbols.length
      });
      const elapsedMs = performance.now() - started;
      if (summary.status !== 'completed') throw new Error(`the scan ${summary.status}: ${summary.message ?? ''}`);
      if (summary.errors.length > 0)
        throw new Error(`${summary.errors.length} symbols failed, e.g. ${summary.errors[0].message}`);
      return { elapsedMs, symbols: summary.stats.symbols, matches: summary.stats.matches };
    };
    for (let i = 1; i <= SCAN_WARMUPS; i++) {
      onPhase(`warm-up warm-cache scan ${i} of ${SCAN_WARMUPS}`);
      await scanOnce();
    }
    const runs = [];
    for (let i = 1; i <= SCAN_RUNS; i++) {
      onPhase(`timed warm-cache scan ${i} of ${SCAN_RUNS}`);
      runs.push(await scanOnce());
    }
    const elapsedMs = median(runs.map((run) => run.elapsedMs));
    return {
      poolSize: pool.size,
      warmups: SCAN_WARMUPS,
      runs,
      elapsedMs,
      symbolsPerSecond: (workload.symbols.length * 1000) / elapsedMs
    };
  } finally {
    pool.close();
  }
}

async function measureSeededCache(
  workload: CacheLoadWorkload,
  requests: () => number,
  onPhase: (phase: string) => void
) {
  onPhase('first load after seeding');
  const firstLoad = await timeCacheLoad(workload);
  for (let i = 2; i <= LOAD_WARMUPS; i++) {
    onPhase(`warm-up load ${i} of ${LOAD_WARMUPS}`);
    await timeCacheLoad(workload);
  }
  const loads = [];
  for (let i = 1; i <= LOAD_RUNS; i++) {
    onPhase(`timed load ${i} of ${LOAD_RUNS}`);
    loads.push(await timeCacheLoad(workload));
  }
  // The scan's figures are optional: their failure must not cost the load figures.
  const warmScan = await measureWarmScan(workload, onPhase).catch((error: unknown) => ({
    error: error instanceof Error ? error.message : String(error)
  }));
  const loadMs = median(loads.map((run) => run.elapsedMs));
  return {
    firstLoad,
    warmups: LOAD_WARMUPS,
    loads,
    loadMs,
    symbolsPerSecond: (workload.symbols.length * 1000) / loadMs,
    requests: requests(),
    warmScan
  };
}

/**
 * Times loading a year of daily candles for 500 symbols from this browser's IndexedDB:
 * seeds the app's candle cache with real slices through its own store, loads them with
 * `loadScanCandles` at a clock where all are fresh (warm-ups, then timed loads), scans them
 * warm, and clears the cache again. `onPhase` reports what it is doing.
 * @example const report = await runCacheBench((phase) => (status = phase));
 */
export async function runCacheBench(onPhase: (phase: string) => void): Promise<CacheBenchReport> {
  onPhase('downloading the real series');
  const { records, now } = freshDailyRecords(benchSlices(await downloadRealSeries(), CACHE_BENCH_SYMBOLS, BENCH_BARS));
  const { api, requests } = requestCountingApi();
  const workload = { symbols: records.map(({ symbol, exchange }) => ({ symbol, exchange })), now, api };
  let measured;
  try {
    await clearCandleCache();
    onPhase(`writing ${records.length} records to IndexedDB`);
    const seedStarted = performance.now();
    for (const record of records) await indexedDbCandleStore.put(record);
    const seedMs = performance.now() - seedStarted;
    const seeded = await cacheStats();
    measured = { seedMs, seeded, ...(await measureSeededCache(workload, requests, onPhase)) };
  } finally {
    await clearCandleCache();
  }
  const { records: recordsLeft } = await cacheStats();
  return { status: 'done', symbols: records.length, bars: BENCH_BARS, ...measured, recordsLeft };
}

/** Makes the report visible to the Node bench driving this page. */
export function publishCacheBenchReport(report: CacheBenchReport): void {
  window.__fluxscanCacheBench = report;
}
