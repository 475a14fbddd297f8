import type { PackedCandles } from '$engine/candles/packed';
import { benchmarkWarning, scanBenchmark, type BenchmarkSymbol } from '$engine/benchmark/benchmark-symbol';
import { parseScannerHeader } from '$engine/contract/scanner-header';
import { loadScanCandles } from '$lib/candles';

/** The benchmark a scan loaded, or the run's warning when it could not (then the scanner sees `benchmark` null). */
export type LoadedBenchmark =
  { index: BenchmarkSymbol; candles: PackedCandles } | { index: BenchmarkSymbol; warning: string };

/**
 * The index a scanner is measured against, as the server picks it: its `@benchmark`, else NIFTY on
 * NSE_INDEX; null when it never mentions `benchmark` (nothing is fetched) or declares `@benchmark none`.
 * @example benchmarkIndexOf('Filter = rsRating(close, benchmark.close, 63) > 0') // { symbol: 'NIFTY', exchange: 'NSE_INDEX' }
 */
export function benchmarkIndexOf(source: string): BenchmarkSymbol | null {
  const header = parseScannerHeader(source);
  return scanBenchmark(source, 'data' in header ? header.data : {});
}

/**
 * The benchmark index's candles for a scan, through the same cache and server as the symbols' (one
 * request at most, none when cached and fresh).
 */
export async function loadScanBenchmark(
  index: BenchmarkSymbol,
  options: { interval: string; lookbackBars: number; signal?: AbortSignal }
): Promise<LoadedBenchmark> {
  let reason = 'no data';
  for await (const task of loadScanCandles({
    symbols: [index],
    interval: options.interval,
    lookbackBars: options.lookbackBars,
    signal: options.signal,
    onStatus: (status) => (reason = status.error ?? reason)
  })) {
    return { index, candles: task.candles };
  }
  return { index, warning: benchmarkWarning(index, reason) };
}
