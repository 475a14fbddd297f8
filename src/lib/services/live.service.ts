import { z } from 'zod';
import { liveChartSchema, liveScanSchema, type LIVE_INTERVALS } from '$lib/live/live-schema';
import { serverRequest } from '$lib/schedules/server-request';

export { listServerScanners, listServerWatchlists } from '$lib/schedules/schedule-api';

export interface LiveScanStart {
  scannerId: string;
  watchlistId: string;
  interval: (typeof LIVE_INTERVALS)[number];
}

const one = (id: string) => `/api/live-scans/${encodeURIComponent(id)}`;

export const listLiveScans = () =>
  serverRequest('GET', '/api/live-scans', z.object({ liveScans: z.array(liveScanSchema) }));
export const startLiveScan = (input: LiveScanStart) => serverRequest('POST', '/api/live-scans', liveScanSchema, input);
export const getLiveScan = (id: string) => serverRequest('GET', one(id), liveScanSchema);
export const stopLiveScan = (id: string) => serverRequest('DELETE', one(id), liveScanSchema);
export const getLiveChart = (id: string, instrument: { symbol: string; exchange: string }) =>
  serverRequest('GET', `${one(id)}/chart?${new URLSearchParams(instrument)}`, liveChartSchema);
