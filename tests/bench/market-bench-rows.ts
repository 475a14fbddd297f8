import type { MarketFigures } from './market-bench.js';
import { failed, measured, type BenchResult } from './report.js';

const TARGET_RATE_OF_CONFIGURED = { atLeast: 95 };
const TARGET_COLD_REQUESTS_PER_SYMBOL = { atMost: 1 };
const TARGET_SCAN_AFTER_FETCH = { atMost: 1 };
const TARGET_WARM_REQUESTS = { atMost: 0 };
const TARGET_REFRESH_REQUESTS_PER_SYMBOL = { atMost: 1 };

/**
 * The market-data figures as table rows, or one error row when they could not be measured.
 * @example results.push(...marketDataResults(await measureMarketData(options).catch(asError)))
 */
export function marketDataResults(market: MarketFigures | Error): BenchResult[] {
  if (market instanceof Error) return [failed('Market data: simulator → client → cache → pool', '', market)];
  const { cold, warm, refresh, symbols } = market;
  const seconds = (ms: number) => ms / 1000;
  return [
    measured(
      'Market, cold: history request rate ÷ configured',
      (market.coldHistoryRatePerSecond / market.historyRatePerSecond) * 100,
      '%',
      TARGET_RATE_OF_CONFIGURED,
      `${market.coldHistoryRatePerSecond.toFixed(3)}/s of ${market.historyRatePerSecond}/s, first to last upstream request`
    ),
    measured(
      'Market, cold: upstream history requests per symbol',
      cold.upstreamHistoryRequests / symbols,
      'requests/symbol',
      TARGET_COLD_REQUESTS_PER_SYMBOL,
      `${cold.upstreamHistoryRequests} requests for ${symbols} NIFTY 100 symbols, a year of daily bars each`
    ),
    measured(
      'Market, cold: fetch time',
      seconds(cold.fetchMs),
      's',
      undefined,
      'first history call to the last candles in hand'
    ),
    measured(
      'Market, cold: fetch + overlapped scan, total',
      seconds(cold.totalMs),
      's',
      undefined,
      `scan computes each symbol as it arrives; ${cold.matches} matches`
    ),
    measured(
      'Market, cold: scan time added over fetch',
      seconds(cold.totalMs - cold.fetchMs),
      's',
      TARGET_SCAN_AFTER_FETCH
    ),
    measured(
      'Market, warm rescan: upstream history requests',
      warm.upstreamHistoryRequests,
      'requests',
      TARGET_WARM_REQUESTS,
      `${warm.cacheHits} of ${symbols} answered from the disk cache`
    ),
    measured('Market, warm rescan: total', seconds(warm.totalMs), 's', undefined, 'read from disk and scanned'),
    measured(
      'Market, next day: upstream history requests per symbol',
      refresh.upstreamHistoryRequests / symbols,
      'requests/symbol',
      TARGET_REFRESH_REQUESTS_PER_SYMBOL,
      `${refresh.tailRequests} tail fetches, ${refresh.upstreamHistoryRequests - refresh.tailRequests} full refetches (${refresh.cacheMismatches} tails disagreed with the cache)`
    ),
    measured(
      'Market, next day: refresh + scan, total',
      seconds(refresh.totalMs),
      's',
      undefined,
      `session ${refresh.session}, after the cold fetch on ${cold.session}`
    )
  ];
}
