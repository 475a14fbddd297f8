import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { loadIndexList } from '../../server/lists/index-lists.js';
import { createCandleCache } from '../../server/market/index.js';
import { createOpenAlgoClient, type HistoryRequest } from '../../server/openalgo/index.js';
import { startSimulator, type SimulatorRequest } from '../../server/simulator/index.js';
import {
  addDays,
  istEpochMs,
  nextTradingDay,
  previousTradingDay,
  type IstDate
} from '../../src-worker/calendar/index.js';
import { ScanPool } from '../../src-worker/pool/scan-pool.js';
import { BENCH_BARS, BENCH_SCANNER } from '../../src/routes/bench/bench-workload.js';
import { scanThroughCache, type ScanTiming } from './market-bench-scan.js';

/** A Wednesday NSE traded; at 16:00 IST its daily bar is final. */
const COLD_SESSION = '2026-11-18' as IstDate;
const AFTER_CLOSE = '16:00';
const HISTORY_RATE_PER_SECOND = 3;
const HISTORY_PATH = '/api/v1/history';
const CALLER = 'market-bench';

/** One pass over the symbols: its timing, what reached the simulator, and how the cache answered. */
export interface MarketPhase extends ScanTiming {
  session: IstDate;
  upstreamHistoryRequests: number;
  /** Upstream history requests starting at or after the previous session: tails rather than whole years. */
  tailRequests: number;
  cacheHits: number;
  cacheMisses: number;
  /** Tails that disagreed with the cached bars, forcing a full refetch. */
  cacheMismatches: number;
}

export interface MarketFigures {
  symbols: number;
  historyRatePerSecond: number;
  /** Upstream history requests per second during the cold fetch, first request to last. */
  coldHistoryRatePerSecond: number;
  cold: MarketPhase;
  warm: MarketPhase;
  refresh: MarketPhase;
}

/**
 * Scans the NIFTY 100 three times through the server's throttled OpenAlgo client and candle cache,
 * against the simulator on loopback: cold (empty cache), warm (same session), and a session later.
 * The cold pass takes about symbols ÷ 3 seconds, by design of the history throttle.
 * @example const figures = await measureMarketData({ scratchDirectory: 'bench-results/' })
 */
export async function measureMarketData({ scratchDirectory }: { scratchDirectory: string }): Promise<MarketFigures> {
  await mkdir(scratchDirectory, { recursive: true });
  const cacheDirectory = await mkdtemp(join(scratchDirectory, 'market-cache-'));
  try {
    return await measureAgainstSimulator(cacheDirectory);
  } finally {
    await rm(cacheDirectory, { recursive: true, force: true });
  }
}

async function measureAgainstSimulator(cacheDirectory: string): Promise<MarketFigures> {
  const symbols = (await loadIndexList('nifty100')).map((constituent) => constituent.symbol);
  // The simulator and the cache read the same market clock, so moving it moves both.
  let marketTime = istEpochMs(COLD_SESSION, AFTER_CLOSE);
  const now = () => new Date(marketTime);
  const simulator = await startSimulator({ port: 0, now });
  const pool = new ScanPool();
  try {
    const client = createOpenAlgoClient({
      host: simulator.url,
      apiKey: simulator.apiKey,
      source: 'simulator',
      historyRatePerSecond: HISTORY_RATE_PER_SECOND
    });
    const cache = createCandleCache({ directory: cacheDirectory, client, now });
    const historyLog = () => simulator.requests.filter((request) => request.path === HISTORY_PATH);

    const pass = async (session: IstDate): Promise<{ phase: MarketPhase; upstream: SimulatorRequest[] }> => {
      marketTime = istEpochMs(session, AFTER_CLOSE);
      const logged = historyLog().length;
      const before = await cache.stats();
      const timing = await scanThroughCache({
        pool,
        cache,
        source: BENCH_SCANNER,
        requests: yearOfDailyBars(symbols, session),
        lookbackBars: BENCH_BARS,
        caller: CALLER
      });
      const after = await cache.stats();
      const upstream = historyLog().slice(logged);
      const phase = {
        ...timing,
        session,
        upstreamHistoryRequests: upstream.length,
        tailRequests: upstream.filter((request) => startDateOf(request) >= previousTradingDay(session)).length,
        cacheHits: after.hits - before.hits,
        cacheMisses: after.misses - before.misses,
        cacheMismatches: after.mismatches - before.mismatches
      };
      return { phase, upstream };
    };

    const cold = await pass(COLD_SESSION);
    const warm = await pass(COLD_SESSION);
    const refresh = await pass(nextTradingDay(COLD_SESSION));
    return {
      symbols: symbols.length,
      historyRatePerSecond: HISTORY_RATE_PER_SECOND,
      coldHistoryRatePerSecond: requestsPerSecond(cold.upstream),
      cold: cold.phase,
      warm: warm.phase,
      refresh: refresh.phase
    };
  } finally {
    pool.close();
    await simulator.close();
  }
}

/** A year of daily bars for each symbol, ending on `session`. */
function yearOfDailyBars(symbols: string[], session: IstDate): HistoryRequest[] {
  return symbols.map((symbol) => ({
    symbol,
    exchange: 'NSE',
    interval: 'D',
    start_date: addDays(session, -365),
    end_date: session
  }));
}

const startDateOf = (request: SimulatorRequest): string =>
  String((request.body as { start_date?: unknown } | null)?.start_date ?? '');

/** Requests per second over the span from the first request's arrival to the last's. */
function requestsPerSecond(requests: SimulatorRequest[]): number {
  if (requests.length < 2) throw new Error(`only ${requests.length} history request(s) reached the simulator`);
  return ((requests.length - 1) * 1000) / (requests[requests.length - 1].time - requests[0].time);
}
