import { z } from 'zod';

/** An index (or any symbol) a scan hands its scanner as `benchmark`. */
export interface BenchmarkSymbol {
  symbol: string;
  exchange: string;
}

/** NIFTY 50, as OpenAlgo serves it. */
export const DEFAULT_BENCHMARK: BenchmarkSymbol = { symbol: 'NIFTY', exchange: 'NSE_INDEX' };

const WRITTEN = /^(?:([A-Z_]{2,20}):)?([A-Z0-9&_-]{1,40})$/;

/**
 * `@benchmark` as written: `NIFTY500` (on NSE_INDEX), `EXCHANGE:SYMBOL` (`NSE:RELIANCE`) or `none`;
 * parsed to the symbol alone for an NSE_INDEX index, else `EXCHANGE:SYMBOL`, or `none`.
 * @example benchmarkHeaderSchema.parse('nse_index:nifty500') // 'NIFTY500'
 */
export const benchmarkHeaderSchema = z
  .string()
  .transform((text) => text.trim())
  .refine((text) => text.toLowerCase() === 'none' || WRITTEN.test(text.toUpperCase()), {
    message: 'expected an index such as NIFTY500, EXCHANGE:SYMBOL such as NSE:RELIANCE, or none'
  })
  .transform((text) => {
    if (text.toLowerCase() === 'none') return 'none';
    const [, exchange, symbol] = WRITTEN.exec(text.toUpperCase())!;
    return !exchange || exchange === DEFAULT_BENCHMARK.exchange ? symbol : `${exchange}:${symbol}`;
  });

/**
 * The series a scan loads once and hands every symbol as `benchmark`: the scanner's
 * `@benchmark` when it declares one (null for `@benchmark none`), else the run's
 * `setting`, else NIFTY on NSE_INDEX. Null when the scanner never mentions `benchmark`,
 * so a scan that cannot use it does not fetch it.
 * @example scanBenchmark(source, { benchmark: 'NIFTY500' }) // { symbol: 'NIFTY500', exchange: 'NSE_INDEX' }
 */
export function scanBenchmark(
  source: string,
  meta: { benchmark?: string },
  setting?: BenchmarkSymbol | null
): BenchmarkSymbol | null {
  if (!/\bbenchmark\b/.test(source) || meta.benchmark === 'none') return null;
  if (meta.benchmark) {
    const [exchange, symbol] = meta.benchmark.includes(':')
      ? meta.benchmark.split(':')
      : [DEFAULT_BENCHMARK.exchange, meta.benchmark];
    return { symbol, exchange };
  }
  return setting === undefined ? DEFAULT_BENCHMARK : setting;
}

/**
 * The run's warning when the benchmark could not be loaded: the scan goes on with `benchmark` null.
 * @example benchmarkWarning(DEFAULT_BENCHMARK, 'HTTP 500') // 'benchmark NSE_INDEX:NIFTY unavailable (HTTP 500): scanners see benchmark = null'
 */
export function benchmarkWarning(benchmark: BenchmarkSymbol, reason: string): string {
  return `benchmark ${benchmark.exchange}:${benchmark.symbol} unavailable (${reason}): scanners see benchmark = null`;
}
