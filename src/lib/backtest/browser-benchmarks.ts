import { benchmarkWarning, type BenchmarkSymbol } from '$engine/benchmark/benchmark-symbol';
import type { PackedCandles } from '$engine/candles/packed';
import { unpackCandles } from '$engine/candles/packed';
import type { CandleColumns } from '$engine/candles/types';
import type { BatchTask } from '$engine/engine/engine-api';
import type { LoadScanCandlesOptions, SymbolRef } from '$lib/candles';

/** The backtest's candle loader for some symbols (the same window as its symbols'). */
export type BacktestLoad = (
  symbols: SymbolRef[],
  options: Pick<LoadScanCandlesOptions, 'onStatus'>
) => AsyncIterable<BatchTask>;

export interface BrowserBacktestBenchmarks {
  /** The request's index, for excess returns; undefined when none was asked for or it failed. */
  excess: CandleColumns | undefined;
  /** What the scanner sees as `benchmark`; null when it reads none or it failed. */
  scanner: PackedCandles | null;
  /** Why a wanted series is missing, for the backtest's notes. */
  notes: string[];
}

const same = (a: BenchmarkSymbol, b: BenchmarkSymbol) => a.symbol === b.symbol && a.exchange === b.exchange;

async function loadIndex(
  load: BacktestLoad,
  index: SymbolRef
): Promise<{ candles: PackedCandles } | { error: string }> {
  let failure = 'no data';
  for await (const task of load([index], { onStatus: (status) => (failure = status.error ?? failure) }))
    return { candles: task.candles };
  return { error: failure };
}

/**
 * A browser backtest's two benchmarks, each loaded once through its candle loader: `requested` for
 * excess returns and `wanted` for the scanner (see scanBenchmark), shared when they are the same index.
 * @example const { excess, scanner, notes } = await loadBrowserBenchmarks(load, request.benchmark, wanted)
 */
export async function loadBrowserBenchmarks(
  load: BacktestLoad,
  requested: BenchmarkSymbol | null,
  wanted: BenchmarkSymbol | null
): Promise<BrowserBacktestBenchmarks> {
  const notes: string[] = [];
  const requestedLoad = requested ? await loadIndex(load, requested) : null;
  if (requested && requestedLoad && 'error' in requestedLoad)
    notes.push(`benchmark ${requested.symbol}: ${requestedLoad.error}; no excess returns`);
  const wantedLoad =
    wanted && requested && same(wanted, requested) ? requestedLoad : wanted ? await loadIndex(load, wanted) : null;
  if (wanted && wantedLoad && 'error' in wantedLoad) notes.push(benchmarkWarning(wanted, wantedLoad.error));
  return {
    excess: requestedLoad && 'candles' in requestedLoad ? unpackCandles(requestedLoad.candles) : undefined,
    scanner: wantedLoad && 'candles' in wantedLoad ? wantedLoad.candles : null,
    notes
  };
}
