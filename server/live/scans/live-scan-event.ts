import type { ScanRow } from '../../../src-worker/pool/scan-types.js';

/** The `live-scan` event on /api/events: one per rescan on a bar close. */
export interface LiveScanEvent {
  liveScanId: string;
  /** Start of the bar that closed, epoch seconds. */
  barTime: number;
  entered: string[];
  exited: string[];
  rows: ScanRow[];
  errors: number;
  /** Bar closes folded into this rescan because the previous one was still running. */
  coalesced: number;
}

declare module '../../events/event-bus.js' {
  interface ServerEventMap {
    'live-scan': LiveScanEvent;
  }
}
