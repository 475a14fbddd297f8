import type { CacheLoadFigures } from './browser-bench.js';
import { failed, measured, type BenchResult } from './report.js';

const TARGET_REQUESTS = { atMost: 0 };

const otherStates = (states: Record<string, number>): string =>
  Object.entries(states)
    .filter(([state]) => state !== 'cached')
    .map(([state, count]) => `, ${count} ${state}`)
    .join('');

/**
 * The IndexedDB figures measured in Chromium as table rows, or one error row when the page gave none.
 * @example results.push(...cacheLoadResults(suites.cacheLoad))
 */
export function cacheLoadResults(figures: CacheLoadFigures | Error): BenchResult[] {
  if (figures instanceof Error) return [failed('IndexedDB load (Chromium)', 'ms', figures)];
  const { symbols, bars, loads, seeded, warmScan } = figures;
  const fewestCached = loads.reduce((fewest, run) => (run.cached < fewest.cached ? run : fewest), loads[0]);
  const mib = (seeded.approxBytes / (1024 * 1024)).toFixed(1);
  return [
    measured(
      `IndexedDB load (Chromium): ${symbols} symbols × ${bars} D bars`,
      figures.loadMs,
      'ms',
      undefined,
      `loadScanCandles until the last task, median of ${loads.length} after ${figures.warmups} warm-ups; first load ${figures.firstLoad.elapsedMs.toFixed(1)} ms`
    ),
    measured('IndexedDB load: symbols/s', figures.symbolsPerSecond, 'symbols/s'),
    measured(
      'IndexedDB load: requests made',
      figures.requests,
      'requests',
      TARGET_REQUESTS,
      `market API calls over ${loads.length + figures.warmups} loads${'error' in warmScan ? '' : ` and ${warmScan.runs.length + warmScan.warmups} scans`}`
    ),
    measured(
      'IndexedDB load: symbols answered from cache',
      fewestCached.cached,
      'tasks',
      { atLeast: symbols },
      `fewest in a run: ${fewestCached.tasks} tasks for ${symbols} symbols, ${fewestCached.cached} cached${otherStates(fewestCached.states)}`
    ),
    measured(
      'IndexedDB seed: records written one by one',
      figures.seedMs,
      'ms',
      undefined,
      `store.put per record: ${seeded.records} records, ${seeded.bars.toLocaleString('en-US')} bars, ${mib} MiB of columns; ${figures.recordsLeft} left after clearing`
    ),
    'error' in warmScan
      ? failed(`Warm cache scan, ${symbols} symbols`, 'ms', warmScan.error)
      : measured(
          `Warm cache scan, ${symbols} symbols`,
          warmScan.elapsedMs,
          'ms',
          undefined,
          `IndexedDB → ${warmScan.poolSize} worker(s) → all rows, median of ${warmScan.runs.length} after ${warmScan.warmups} warm-up; ${warmScan.runs[0].matches} matches`
        )
  ];
}
