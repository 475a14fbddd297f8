export { createServerLive, type ServerLiveOptions } from './server-live.js';
export type { LiveScans, LiveScanView, LiveScan, LiveScanResult, LiveScanEvent } from './scans/index.js';
export { createLiveScanRoutes } from './scans/index.js';
