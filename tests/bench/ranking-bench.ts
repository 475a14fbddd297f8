import { rankCrossSection } from '../../src-worker/ranking/rank-rows.js';
import type { ScanRow } from '../../src-worker/pool/scan-types.js';
import { benchSlices, type RealSeries } from '../../src/routes/bench/bench-workload.js';
import { measured, type BenchResult } from './report.js';

const MATCHES = 2_000;
const RUNS = 21;
const TARGET_RANKING_MS = { atMost: 10 };

/**
 * Ranking 2,000 matches in the coordinator: rows from 250-bar windows of the
 * real series, scored by their 60-bar return (a typical Rank), ranked as one
 * cross-section and cut to the top 20. Median of RUNS after warm-ups.
 */
export function rankingResults(series: readonly RealSeries[]): BenchResult[] {
  const rows: ScanRow[] = benchSlices(series, MATCHES, 250).map(({ symbol, candles }, i) => {
    const close = candles.close;
    const n = close.length;
    const momentum = ((close[n - 1] - close[n - 61]) / close[n - 61]) * 100;
    return {
      symbol: `${symbol}~${i}`,
      exchange: 'NSE',
      signal: 'EXPLORE',
      columns: { Rank: momentum, Close: close[n - 1] },
      barTime: candles.time[n - 1]
    };
  });
  const time = (top?: number) => {
    for (let warmUp = 0; warmUp < 5; warmUp++) rankCrossSection(rows, top);
    const runs = Array.from({ length: RUNS }, () => {
      const started = performance.now();
      rankCrossSection(rows, top);
      return performance.now() - started;
    }).sort((a, b) => a - b);
    return runs[RUNS >> 1];
  };
  const note = `${MATCHES.toLocaleString('en-US')} real-series rows, median of ${RUNS}`;
  return [
    measured('Rank 2,000 matches (rank + percentile, all rows)', time(), 'ms', TARGET_RANKING_MS, note),
    measured('Rank 2,000 matches, keep top 20', time(20), 'ms', TARGET_RANKING_MS, note)
  ];
}
