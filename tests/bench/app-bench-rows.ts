import type { PageLoadFigures } from './page-load-bench.js';
import { failed, measured, type BenchResult } from './report.js';
import type { ScanScreenFigures } from './scan-screen-bench.js';
import type { ShippedJsFigures } from './shipped-js.js';

const TARGET_RUN_TO_ROWS = { atMost: 1500 };
const TARGET_REQUESTS = { atMost: 0 };
const KIB = 1024;

const scannerName = (value: string) => value.replace(/^template:/, '');

/**
 * The scan screen's figures as table rows: one per scanner, and the market requests made.
 * @example results.push(...scanScreenResults(suites.scanScreen))
 */
export function scanScreenResults(figures: ScanScreenFigures | Error): BenchResult[] {
  if (figures instanceof Error) return [failed('Scan screen: Run → rows, NIFTY 500 (Chromium)', 'ms', figures)];
  const { seeded } = figures;
  const runs = figures.scanners.map((scanner) => {
    const name = `Scan screen: Run → rows, ${seeded.records} × ${seeded.barsPerRecord} D, ${scannerName(scanner.scanner)}`;
    if ('error' in scanner) return failed(name, 'ms', scanner.error);
    const last = scanner.runs[scanner.runs.length - 1];
    return measured(
      name,
      scanner.elapsedMs,
      'ms',
      TARGET_RUN_TO_ROWS,
      `/scan, warm IndexedDB; median of ${scanner.runs.length} after ${scanner.warmups} warm-up; ${last.symbols} scanned, ${last.matches} rows, lookback ${scanner.lookbackBars}`
    );
  });
  const timedRuns = figures.scanners.reduce(
    (count, scanner) => count + ('runs' in scanner ? scanner.runs.length + scanner.warmups : 0),
    0
  );
  return [
    ...runs,
    measured(
      'Scan screen: market API requests',
      figures.marketRequests,
      'requests',
      TARGET_REQUESTS,
      `/api/market/ calls over ${timedRuns} runs, warm-ups included; cache seeded through the app's store (${seeded.seedMs.toFixed(0)} ms), ${figures.recordsLeft} records left after clearing`
    )
  ];
}

/** The dashboard's first and repeat load as table rows. */
export function pageLoadResults(figures: PageLoadFigures | Error): BenchResult[] {
  if (figures instanceof Error) return [failed('App load: / until the dashboard counts show', 'ms', figures)];
  const samples = figures.samples.length;
  return [
    measured(
      'App first load: / until the dashboard counts show',
      figures.firstMs,
      'ms',
      undefined,
      `fresh context each, median of ${samples}; from navigation start`
    ),
    measured(
      'App repeat load: reload, service worker controlling',
      figures.repeatMs,
      'ms',
      undefined,
      `same contexts, median of ${samples}`
    )
  ];
}

const kib = (bytes: number) => bytes / KIB;

/** The JavaScript and WebAssembly the build ships, gzipped, as table rows. */
export function shippedJsResults(figures: ShippedJsFigures | Error): BenchResult[] {
  if (figures instanceof Error) return [failed('JS shipped (gzip)', 'KiB', figures)];
  const { allJs, scanRoute, wasm } = figures;
  return [
    measured(
      'JS shipped: all of build/_app (gzip -9)',
      kib(allJs.gzipBytes),
      'KiB',
      undefined,
      `${allJs.files.length} files, ${kib(allJs.rawBytes).toFixed(0)} KiB raw; bench pages and the engine worker included`
    ),
    measured(
      'JS shipped: loaded opening /scan (gzip -9)',
      kib(scanRoute.gzipBytes),
      'KiB',
      undefined,
      `${scanRoute.files.length} files (entry + route chunks), ${kib(scanRoute.rawBytes).toFixed(0)} KiB raw`
    ),
    measured(
      'WASM shipped (gzip -9)',
      kib(wasm.gzipBytes),
      'KiB',
      undefined,
      `${wasm.files.length} file(s), ${kib(wasm.rawBytes).toFixed(0)} KiB raw`
    )
  ];
}
