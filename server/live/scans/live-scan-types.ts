import type { ScanRow } from '../../../src-worker/pool/scan-types.js';
import type { LiveInterval } from '../candles/index.js';
import type { Instrument } from '../stream/index.js';

export type LiveScanStatus = 'running' | 'stopped';

export interface LiveScan {
  id: string;
  scannerId: string;
  watchlistId: string | null;
  symbols: Instrument[];
  interval: LiveInterval;
  params: Record<string, unknown>;
  status: LiveScanStatus;
  stopReason: string | null;
  createdAt: number;
  stoppedAt: number | null;
}

/** The outcome of one rescan on a bar close. */
export interface LiveScanResult {
  liveScanId: string;
  /** IST date of the bar. */
  day: string;
  /** Start of the bar that closed, epoch seconds. */
  barTime: number;
  entered: string[];
  exited: string[];
  rows: ScanRow[];
  /** Symbols that could not be scanned on this bar. */
  errors: number;
  elapsedMs: number;
}
