import { benchmarkWarning, type BenchmarkSymbol } from '../../src-worker/benchmark/benchmark-symbol.js';
import type { CandleColumns } from '../../src-worker/candles/types.js';
import type { CandleCache } from '../market/index.js';
import { loadHistory, type HistoryWindow } from './backtest-tasks.js';

export interface BacktestBenchmarks {
  /** The request's index, for excess returns; undefined when none was asked for or it failed. */
  excess: CandleColumns | undefined;
  /** What the scanner sees as `benchmark`; null when it reads none or it failed. */
  scanner: CandleColumns | null;
  /** Why a wanted series is missing, for the backtest's notes. */
  notes: string[];
}

const same = (a: BenchmarkSymbol, b: BenchmarkSymbol) => a.symbol === b.symbol && a.exchange === b.exchange;

/**
 * A backtest's two benchmarks, each loaded once through the server's cache: `requested` for excess
 * returns and `wanted` for the scanner (see scanBenchmark), shared when they are the same index.
 * @example const { excess, scanner, notes } = await loadBacktestBenchmarks(cache, window, body.benchmark, wanted)
 */
export async function loadBacktestBenchmarks(
  cache: Pick<CandleCache, 'history'>,
  window: HistoryWindow,
  requested: BenchmarkSymbol | null,
  wanted: BenchmarkSymbol | null
): Promise<BacktestBenchmarks> {
  const notes: string[] = [];
  const load = async (index: BenchmarkSymbol) => loadHistory(cache, index.symbol, index.exchange, window);
  const requestedLoad = requested ? await load(requested) : null;
  if (requested && requestedLoad && 'error' in requestedLoad)
    notes.push(`benchmark ${requested.symbol}: ${requestedLoad.error}; no excess returns`);
  const wantedLoad =
    wanted && requested && same(wanted, requested) ? requestedLoad : wanted ? await load(wanted) : null;
  if (wanted && wantedLoad && 'error' in wantedLoad) notes.push(benchmarkWarning(wanted, wantedLoad.error));
  return {
    excess: requestedLoad && 'data' in requestedLoad ? requestedLoad.data : undefined,
    scanner: wantedLoad && 'data' in wantedLoad ? wantedLoad.data : null,
    notes
  };
}
