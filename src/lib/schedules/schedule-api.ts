import { z } from 'zod';
import { alertSettingsEnvelope, scheduleAlertsEnvelope, type ScheduleAlerts } from './alert-schema';
import {
  runDetailEnvelope,
  runPageEnvelope,
  scannerListEnvelope,
  scheduleEnvelope,
  scheduleListEnvelope,
  watchlistListEnvelope,
  type ScheduleTiming
} from './schedule-schema';
import { serverRequest } from './server-request';

/** What a schedule form sends: server ids and the timing; the timezone is the server's default (Asia/Kolkata). */
export type ScheduleInput = ScheduleTiming & {
  scannerId: string;
  watchlistId: string;
  marketHoursOnly: boolean;
  enabled: boolean;
};

const path = (id: string) => `/api/schedules/${encodeURIComponent(id)}`;

export const listSchedules = () => serverRequest('GET', '/api/schedules', scheduleListEnvelope);
export const getSchedule = (id: string) => serverRequest('GET', path(id), scheduleEnvelope);
export const createSchedule = (input: ScheduleInput) =>
  serverRequest('POST', '/api/schedules', scheduleEnvelope, input);
export const updateSchedule = (id: string, patch: Partial<ScheduleInput>) =>
  serverRequest('PATCH', path(id), scheduleEnvelope, patch);
export const deleteSchedule = (id: string) => serverRequest('DELETE', path(id), z.null());

export const listServerScanners = () => serverRequest('GET', '/api/scanners', scannerListEnvelope);
export const listServerWatchlists = () => serverRequest('GET', '/api/watchlists', watchlistListEnvelope);

/** A page of the schedule's runs, newest first. */
export const listScheduleRuns = (scheduleId: string, limit: number, offset = 0) =>
  serverRequest(
    'GET',
    `/api/runs?${new URLSearchParams({ scheduleId, limit: String(limit), offset: String(offset) })}`,
    runPageEnvelope
  );
/** A run with (up to 5000 of) its results and its errors. */
export const getServerRun = (runId: string) =>
  serverRequest('GET', `/api/runs/${encodeURIComponent(runId)}?limit=5000`, runDetailEnvelope);

export const getScheduleAlerts = (id: string) =>
  serverRequest('GET', `/api/alerts/schedules/${encodeURIComponent(id)}`, scheduleAlertsEnvelope);
export const saveScheduleAlerts = (id: string, alerts: ScheduleAlerts) =>
  serverRequest('PUT', `/api/alerts/schedules/${encodeURIComponent(id)}`, scheduleAlertsEnvelope, alerts);

/** What the alert settings form sends; a webhook without `secret` keeps the one the server has. */
export interface AlertSettingsInput {
  telegram: { username: string } | null;
  webhook: { url: string; secret?: string } | null;
  browser: boolean;
}
export const getAlertSettings = () => serverRequest('GET', '/api/alerts/settings', alertSettingsEnvelope);
export const saveAlertSettings = (input: AlertSettingsInput) =>
  serverRequest('PUT', '/api/alerts/settings', alertSettingsEnvelope, input);
