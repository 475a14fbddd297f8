import { cacheStats, type CandleCacheStats } from '$lib/candles';
import { marketDayStart } from '$lib/format';
import { getRun, listRuns, type ScanRunSummary } from '$lib/runs/run-store';
import { listScanners } from '$lib/scanners/scanner-store';
import { listWatchlists } from '$lib/watchlists/watchlist-store';
import type { ScanRow } from '$engine/pool/scan-types';

/** A signal found by a run, with the run it came from. */
export interface RecentSignal extends ScanRow {
  runId: string;
  scannerName: string;
  foundAt: number;
}

/** Each part is loaded on its own: one failing store leaves the rest of the dashboard working. */
export type Part<T> = { data: T } | { error: string };

export interface DashboardSummary {
  scanners: Part<number>;
  watchlists: Part<number>;
  /** Runs started today (local time) and the signals they found. */
  today: Part<{ runs: number; signals: number }>;
  running: Part<ScanRunSummary[]>;
  recentSignals: Part<RecentSignal[]>;
  cache: Part<CandleCacheStats>;
}

/** Enough history to count a busy day's runs. */
const TODAY_WINDOW = 500;
const RECENT_SIGNAL_RUNS = 5;
const RECENT_SIGNALS = 12;

async function part<T>(load: () => Promise<T>): Promise<Part<T>> {
  try {
    return { data: await load() };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** The newest signals of the latest runs that found any, newest run first. */
async function recentSignals(runs: ScanRunSummary[]): Promise<RecentSignal[]> {
  const withSignals = runs.filter((run) => (run.stats?.matches ?? 0) > 0).slice(0, RECENT_SIGNAL_RUNS);
  const loaded = await Promise.all(withSignals.map((run) => getRun(run.id)));
  return loaded
    .flatMap((run) =>
      run
        ? run.rows.map((row) => ({
            ...row,
            runId: run.id,
            scannerName: run.scannerName,
            foundAt: run.finishedAt ?? run.startedAt
          }))
        : []
    )
    .slice(0, RECENT_SIGNALS);
}

/**
 * Everything the dashboard shows, read from this browser's stores.
 * @example const summary = await loadDashboard()
 */
export async function loadDashboard(now = new Date()): Promise<DashboardSummary> {
  const history = part(() => listRuns({ limit: TODAY_WINDOW }));
  const [scanners, watchlists, runs, cache] = await Promise.all([
    part(async () => (await listScanners()).length),
    part(async () => (await listWatchlists()).length),
    history,
    part(cacheStats)
  ]);
  if ('error' in runs) return { scanners, watchlists, today: runs, running: runs, recentSignals: runs, cache };
  // "Today" is the NSE trading day, whatever the browser's time zone.
  const since = marketDayStart(now.getTime());
  const todays = runs.data.runs.filter((run) => run.startedAt >= since);
  return {
    scanners,
    watchlists,
    today: { data: { runs: todays.length, signals: todays.reduce((sum, run) => sum + (run.stats?.matches ?? 0), 0) } },
    running: { data: runs.data.runs.filter((run) => run.status === 'running') },
    recentSignals: await part(() => recentSignals(runs.data.runs)),
    cache
  };
}
