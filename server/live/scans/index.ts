export { createLiveScans, type LiveScans, type LiveScansOptions, type LiveScanView } from './live-scans.js';
export { createLiveScanRoutes } from './live-scan-routes.js';
export type { LiveScan, LiveScanResult } from './live-scan-types.js';
export type { LiveScanEvent } from './live-scan-event.js';
