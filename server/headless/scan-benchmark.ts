import { benchmarkWarning, type BenchmarkSymbol } from '../../src-worker/benchmark/benchmark-symbol.js';
import { istDateOf } from '../../src-worker/calendar/index.js';
import { coldFetchStartDate } from '../../src-worker/candles/history-range.js';
import { packCandles, type PackedCandles } from '../../src-worker/candles/packed.js';
import { lastBars } from '../../src-worker/candles/types.js';
import type { CandleCache } from '../market/index.js';
import { REQUEST_SCHEMAS } from '../openalgo/index.js';

export interface ScanBenchmark {
  /** The benchmark's last `lookbackBars` bars, packed once for every symbol; null when there is none. */
  packed: PackedCandles | null;
  /** Why a wanted benchmark is missing (the run keeps it); null when loaded or not wanted. */
  warning: string | null;
}

/**
 * Loads a scan's benchmark once, through the server's cache and OpenAlgo throttle like any symbol.
 * @example const { packed, warning } = await loadScanBenchmark(cache, DEFAULT_BENCHMARK, { interval: 'D', lookbackBars: 250, now, caller })
 */
export async function loadScanBenchmark(
  cache: Pick<CandleCache, 'history'>,
  benchmark: BenchmarkSymbol | null,
  { interval, lookbackBars, now, caller }: { interval: string; lookbackBars: number; now: number; caller: string }
): Promise<ScanBenchmark> {
  if (!benchmark) return { packed: null, warning: null };
  const startDate = coldFetchStartDate(interval, lookbackBars, now);
  const request = REQUEST_SCHEMAS.history.safeParse({
    ...benchmark,
    interval,
    start_date: startDate,
    end_date: istDateOf(now)
  });
  if (!request.success)
    return {
      packed: null,
      warning: benchmarkWarning(
        benchmark,
        request.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')
      )
    };
  const history = await cache.history(request.data, { caller });
  if ('error' in history) return { packed: null, warning: benchmarkWarning(benchmark, history.error.message) };
  if (history.data.candles.time.length === 0)
    return { packed: null, warning: benchmarkWarning(benchmark, `no ${interval} bars from ${startDate}`) };
  return { packed: packCandles(lastBars(history.data.candles, lookbackBars)), warning: null };
}
