import type { PackedCandles } from '$engine/candles/packed';
import { codeOnly } from '$engine/contract/static-checks';
import { parseScannerHeader } from '$engine/contract/scanner-header';
import { loadScanCandles } from '$lib/candles';

/** The index a scanner's `benchmark` follows unless its header names another. */
export const DEFAULT_BENCHMARK = 'NIFTY';
const BENCHMARK_EXCHANGE = 'NSE_INDEX';

/** The benchmark a scan loads: its index and its candles, or why there are none (then `benchmark` is null). */
export type ScanBenchmark = { symbol: string; candles: PackedCandles } | { symbol: string; error: string };

/**
 * The index a scanner measures itself against, or null when its code never reads `benchmark`
 * (then nothing is fetched). `@benchmark NIFTY500` in the header picks another NSE index.
 * @example benchmarkSymbolOf("Filter = rsRating(close, benchmark.close, 60) > 0") // 'NIFTY'
 */
export function benchmarkSymbolOf(source: string): string | null {
  if (!/\bbenchmark\b/.test(codeOnly(source))) return null;
  const header = parseScannerHeader(source);
  const named: unknown = 'data' in header ? (header.data as { benchmark?: unknown }).benchmark : undefined;
  return typeof named === 'string' && named.trim() !== '' ? named.trim() : DEFAULT_BENCHMARK;
}

/**
 * The benchmark index's candles for a scan, through the same cache and server as the symbols' (one
 * request at most, none when cached and fresh).
 */
export async function loadScanBenchmark(
  symbol: string,
  options: { interval: string; lookbackBars: number; signal?: AbortSignal }
): Promise<ScanBenchmark> {
  let error = 'no data';
  for await (const task of loadScanCandles({
    symbols: [{ symbol, exchange: BENCHMARK_EXCHANGE }],
    interval: options.interval,
    lookbackBars: options.lookbackBars,
    signal: options.signal,
    onStatus: (status) => (error = status.error ?? error)
  })) {
    return { symbol, candles: task.candles };
  }
  return { symbol, error };
}
