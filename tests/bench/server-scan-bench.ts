import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { loadIndexList } from '../../server/lists/index-lists.js';
import { BENCH_SCANNER } from '../../src/routes/bench/bench-workload.js';
import { startAppServer } from './app-server.js';

/** The server's history throttle for the bench, and the simulator's spacing that lets it reach it. */
const HISTORY_RATE_PER_SECOND = 50;
const SIMULATOR_HISTORY_SPACING_MS = 20;
/** How far ahead a `once` schedule is set: beyond the scheduler's 5 s look for new schedules, or its time would have passed when first seen. */
const SCHEDULE_LEAD_MS = 7_000;
const RUN_TIMEOUT_MS = 180_000;
const RSS_SAMPLE_MS = 100;

/** One scheduled run as the server reports it. */
export interface ScheduledRunFigures {
  runId: string;
  scanned: number;
  matches: number;
  errors: number;
  noData: number;
  workers: number;
  /** The scan's own time (loading candles overlapped with computing), from the run's stats. */
  elapsedMs: number;
  /** Started to finished as recorded on the run, result writes included. */
  wallMs: number;
  symbolsPerSecond: number;
}

export interface ServerScanFigures {
  symbols: number;
  historyRatePerSecond: number;
  simulatorHistorySpacingMs: number;
  /** The first run, which fills the candle cache from the simulator. */
  coldRun: ScheduledRunFigures;
  /** The second run over the same symbols, from the warm cache: the timed one. */
  warmRun: ScheduledRunFigures;
  /** VmHWM of the server's node process: its peak over start-up and both runs. */
  peakRssBytes: number;
  /** The largest VmRSS sampled while the warm run ran. */
  warmRunPeakRssBytes: number;
}

const runSchema = z.object({
  id: z.string(),
  status: z.string(),
  message: z.string().nullable(),
  startedAt: z.number(),
  finishedAt: z.number().nullable(),
  stats: z.record(z.string(), z.number()).nullable()
});
const withId = z.object({ id: z.string() });

/** Calls the server's API and parses the answer with `schema`. */
async function api<T>(
  base: string,
  path: string,
  schema: z.ZodType<T>,
  init?: { method: string; body: unknown }
): Promise<T> {
  const response = await fetch(
    `${base}${path}`,
    init && { method: init.method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(init.body) }
  );
  if (!response.ok)
    throw new Error(
      `${init?.method ?? 'GET'} ${path} answered HTTP ${response.status}: ${(await response.text()).slice(0, 300)}`
    );
  return schema.parse(await response.json());
}

/** The memory figure `field` (VmHWM, VmRSS) of the largest process in `group`, in bytes. */
function largestInGroup(group: number, field: 'VmHWM' | 'VmRSS'): number {
  let largest = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // After "pid (comm) ": state, ppid, pgrp, … — comm may hold spaces, so split after its ')'.
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) !== group) continue;
      const kib = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${entry}/status`, 'utf8'));
      if (kib) largest = Math.max(largest, Number(kib[1]) * 1024);
    } catch {
      // The process ended between listing and reading.
    }
  }
  if (largest === 0) throw new Error(`no ${field} for process group ${group} in /proc`);
  return largest;
}

/** Schedules one run of `scannerId` over `watchlistId` a moment ahead, and waits for it to finish. */
async function scheduledRun(base: string, scannerId: string, watchlistId: string): Promise<ScheduledRunFigures> {
  const { schedule } = await api(base, '/api/schedules', z.object({ schedule: withId }), {
    method: 'POST',
    body: { scannerId, watchlistId, kind: 'once', spec: { at: Date.now() + SCHEDULE_LEAD_MS }, marketHoursOnly: false }
  });
  const deadline = Date.now() + RUN_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const { runs } = await api(base, `/api/runs?scheduleId=${schedule.id}`, z.object({ runs: z.array(runSchema) }));
    const run = runs[0];
    if (run && run.status !== 'running') {
      if (run.status !== 'completed' || !run.stats || run.finishedAt === null)
        throw new Error(`the scheduled run ended ${run.status}: ${run.message ?? 'no message'}`);
      const { scanned, matches, errors, noData, workers, elapsedMs } = run.stats;
      return {
        runId: run.id,
        scanned,
        matches,
        errors,
        noData,
        workers,
        elapsedMs,
        wallMs: run.finishedAt - run.startedAt,
        symbolsPerSecond: (scanned * 1000) / elapsedMs
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the scheduled run did not finish within ${RUN_TIMEOUT_MS / 1000} s`);
}

/**
 * Starts the real server on a scratch data dir (built-in simulator, history throttle raised so
 * the cold fetch takes seconds, not minutes), runs a `once` schedule of the engine bench's
 * scanner over NIFTY 500 to warm the candle cache, then times a second scheduled run of the same
 * symbols from the warm cache, sampling the server process's memory.
 * @example const figures = await measureServerScan({ scratchDirectory: 'bench-results/' })
 */
export async function measureServerScan({
  scratchDirectory
}: {
  scratchDirectory: string;
}): Promise<ServerScanFigures> {
  await mkdir(scratchDirectory, { recursive: true });
  const dataDir = await mkdtemp(join(scratchDirectory, 'server-scan-'));
  const server = await startAppServer(dataDir, {
    env: {
      OPENALGO_HISTORY_RATE: String(HISTORY_RATE_PER_SECOND),
      FLUXSCAN_SIMULATOR_HISTORY_SPACING_MS: String(SIMULATOR_HISTORY_SPACING_MS),
      FLUXSCAN_LOG_LEVEL: 'warn'
    }
  }).catch(async (error: unknown) => {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  });
  try {
    const symbols = (await loadIndexList('nifty500')).map(({ symbol }) => ({ symbol, exchange: 'NSE' }));
    const { scanner } = await api(server.url, '/api/scanners', z.object({ scanner: withId }), {
      method: 'POST',
      body: { name: 'Engine bench scanner', source: BENCH_SCANNER }
    });
    const { watchlist } = await api(server.url, '/api/watchlists', z.object({ watchlist: withId }), {
      method: 'POST',
      body: { name: 'NIFTY 500', symbols }
    });
    const coldRun = await scheduledRun(server.url, scanner.id, watchlist.id);

    let warmRunPeakRssBytes = 0;
    const sampler = setInterval(() => {
      try {
        warmRunPeakRssBytes = Math.max(warmRunPeakRssBytes, largestInGroup(server.processGroup, 'VmRSS'));
      } catch {
        // A missed sample only lowers the figure; VmHWM still holds the true peak.
      }
    }, RSS_SAMPLE_MS);
    const warmRun = await scheduledRun(server.url, scanner.id, watchlist.id).finally(() => clearInterval(sampler));
    return {
      symbols: symbols.length,
      historyRatePerSecond: HISTORY_RATE_PER_SECOND,
      simulatorHistorySpacingMs: SIMULATOR_HISTORY_SPACING_MS,
      coldRun,
      warmRun,
      peakRssBytes: largestInGroup(server.processGroup, 'VmHWM'),
      warmRunPeakRssBytes
    };
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
