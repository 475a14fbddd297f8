import { failed, measured, type BenchResult } from './report.js';
import type { ServerScanFigures } from './server-scan-bench.js';

const MIB = 1024 * 1024;

/**
 * The server's scheduled-scan figures as table rows, or one error row when they could not be measured.
 * @example results.push(...serverScanResults(await measureServerScan(options).catch(asError)))
 */
export function serverScanResults(figures: ServerScanFigures | Error): BenchResult[] {
  if (figures instanceof Error)
    return [failed('Server, scheduled scan of NIFTY 500 from the warm cache', 'symbols/s', figures)];
  const { warmRun, coldRun, symbols } = figures;
  const seconds = (ms: number) => ms / 1000;
  return [
    measured(
      'Server, scheduled scan, warm cache: symbols/s',
      warmRun.symbolsPerSecond,
      'symbols/s',
      undefined,
      `${warmRun.scanned} of ${symbols} NIFTY 500 symbols, ${warmRun.workers} worker${warmRun.workers === 1 ? '' : 's'}, engine bench scanner; ${warmRun.matches} matches, ${warmRun.errors} errors`
    ),
    measured(
      'Server, scheduled scan, warm cache: scan time',
      seconds(warmRun.elapsedMs),
      's',
      undefined,
      'run stats: candles read from the disk cache overlapped with computing'
    ),
    measured(
      'Server, scheduled scan, warm cache: run elapsed',
      seconds(warmRun.wallMs),
      's',
      undefined,
      'run started → finished, result writes to SQLite included'
    ),
    measured(
      'Server, scheduled scan, cold cache: run elapsed',
      seconds(coldRun.wallMs),
      's',
      undefined,
      `the warm-up run: history at ${figures.historyRatePerSecond}/s, simulator spacing ${figures.simulatorHistorySpacingMs} ms; ${coldRun.noData} without data`
    ),
    measured(
      'Server process: peak RSS',
      figures.peakRssBytes / MIB,
      'MiB',
      undefined,
      "VmHWM of the server's node process: start-up, cold and warm runs"
    ),
    measured(
      'Server process: peak RSS during the warm run',
      figures.warmRunPeakRssBytes / MIB,
      'MiB',
      undefined,
      'largest VmRSS sampled every 100 ms'
    )
  ];
}
