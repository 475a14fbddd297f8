import { saveRun, type ScanRun } from '$lib/runs/run-store';
import { recordScannerRun } from '$lib/scanners/scanner-store';
import type { WatchlistScanResult } from './scan.service';

/** What a run is of, as history shows it. */
export interface RunSubject {
  scannerId: string | null;
  scannerName: string;
  watchlistId: string | null;
  watchlistName: string;
  interval: string;
  lookbackBars: number;
  params: Record<string, unknown>;
}

/** Saves a run as started, so history shows it (as interrupted if the tab closes mid-scan). */
export async function recordRunStarted(subject: RunSubject): Promise<ScanRun> {
  const run: ScanRun = {
    id: crypto.randomUUID(),
    ...subject,
    status: 'running',
    message: null,
    startedAt: Date.now(),
    finishedAt: null,
    stats: null,
    rows: [],
    errors: [],
    columnFormats: {},
    dataStatus: []
  };
  await saveRun(run);
  return run;
}

/** Saves the finished run with everything it found, and the scanner's last-run figures. */
export async function recordRunFinished(run: ScanRun, result: WatchlistScanResult): Promise<ScanRun> {
  const finished: ScanRun = {
    ...run,
    status: result.status,
    message: result.message,
    finishedAt: Date.now(),
    stats: result.stats,
    rows: result.rows,
    errors: result.errors,
    columnFormats: result.columnFormats,
    dataStatus: result.dataStatus.map(({ symbol, exchange, state, error }) => ({ symbol, exchange, state, error }))
  };
  await saveRun(finished);
  if (run.scannerId && result.status === 'completed')
    await recordScannerRun(run.scannerId, result.rows.length, finished.finishedAt!);
  return finished;
}
