import type { Migration } from './migrations.js';

/** Per-schedule "entered the top N" alerts: N, or null when the schedule alerts on matches as before. */
export const SCHEDULE_ALERTS_TOP_MIGRATION: Migration = {
  version: 8,
  name: 'schedule alerts on entering the top N',
  statements: ['ALTER TABLE schedule_alerts ADD COLUMN entered_top INTEGER']
};
