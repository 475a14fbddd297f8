import type { Client } from '@libsql/client';
import { z } from 'zod';
import { ALERT_CHANNELS, type AlertChannel } from './alert-settings.js';

/** Per-schedule alerting. `channels: null` means every channel set up in the `alerts` setting. */
export const scheduleAlertConfigSchema = z.strictObject({
  enabled: z.boolean(),
  /** Alert only on symbols that did not match in the schedule's previous completed run. */
  onlyNew: z.boolean(),
  channels: z.array(z.enum(ALERT_CHANNELS)).max(ALERT_CHANNELS.length).nullable()
});
export type ScheduleAlertConfig = z.output<typeof scheduleAlertConfigSchema>;

export const DEFAULT_SCHEDULE_ALERTS: ScheduleAlertConfig = { enabled: true, onlyNew: false, channels: null };

const rowSchema = z
  .object({ enabled: z.union([z.literal(0), z.literal(1)]), only_new: z.union([z.literal(0), z.literal(1)]), channels: z.string().nullable() })
  .transform((row) => ({
    enabled: row.enabled === 1,
    onlyNew: row.only_new === 1,
    channels: row.channels === null ? null : z.array(z.enum(ALERT_CHANNELS)).parse(JSON.parse(row.channels))
  }));

export interface ScheduleAlertRepository {
  /** The schedule's alert config; the defaults when it never had one. */
  get(scheduleId: string): Promise<ScheduleAlertConfig>;
  /** False when there is no such schedule. */
  set(scheduleId: string, config: ScheduleAlertConfig, now?: number): Promise<boolean>;
}

/** Alert configs in the `schedule_alerts` table (removed with their schedule). @example createScheduleAlertRepository(store.client) */
export function createScheduleAlertRepository(client: Client): ScheduleAlertRepository {
  return {
    async get(scheduleId) {
      const { rows } = await client.execute({ sql: 'SELECT enabled, only_new, channels FROM schedule_alerts WHERE schedule_id = ?', args: [scheduleId] });
      return rows[0] ? rowSchema.parse(rows[0]) : DEFAULT_SCHEDULE_ALERTS;
    },
    async set(scheduleId, { enabled, onlyNew, channels }, now = Date.now()) {
      const [written] = await client.batch(
        [
          {
            sql: `INSERT INTO schedule_alerts (schedule_id, enabled, only_new, channels, updated_at)
                  SELECT ?1, ?2, ?3, ?4, ?5 WHERE EXISTS (SELECT 1 FROM schedules WHERE id = ?1)
                  ON CONFLICT (schedule_id) DO UPDATE SET enabled = excluded.enabled, only_new = excluded.only_new,
                    channels = excluded.channels, updated_at = excluded.updated_at`,
            args: [scheduleId, enabled ? 1 : 0, onlyNew ? 1 : 0, channels === null ? null : JSON.stringify(channels as AlertChannel[]), now]
          }
        ],
        'write'
      );
      return written.rowsAffected === 1;
    }
  };
}
