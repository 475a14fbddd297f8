import type { Client } from '@libsql/client';
import { z } from 'zod';
import { ALERT_CHANNELS, type AlertChannel } from './alert-settings.js';

/** Per-schedule alerting. `channels: null` means every channel set up in the `alerts` setting. */
export const scheduleAlertConfigSchema = z.strictObject({
  enabled: z.boolean(),
  /** Alert only on symbols that did not match in the schedule's previous completed run. */
  onlyNew: z.boolean(),
  channels: z.array(z.enum(ALERT_CHANNELS)).max(ALERT_CHANNELS.length).nullable(),
  /**
   * Alert only on symbols that entered the top N: ranked N or better by the scanner's Rank in this
   * run, and not in the previous completed run's top N. Null: alert on matches (onlyNew applies).
   */
  enteredTop: z
    .number()
    .int('enteredTop must be a whole number')
    .min(1, 'enteredTop starts at 1')
    .max(10_000, 'enteredTop goes up to 10000')
    .nullable()
    .default(null)
});
export type ScheduleAlertConfig = z.output<typeof scheduleAlertConfigSchema>;
/** A config as written: `enteredTop` may be left out (null). */
export type ScheduleAlertConfigInput = z.input<typeof scheduleAlertConfigSchema>;

export const DEFAULT_SCHEDULE_ALERTS: ScheduleAlertConfig = {
  enabled: true,
  onlyNew: false,
  channels: null,
  enteredTop: null
};

const rowSchema = z
  .object({
    enabled: z.union([z.literal(0), z.literal(1)]),
    only_new: z.union([z.literal(0), z.literal(1)]),
    channels: z.string().nullable(),
    entered_top: z.number().int().nullable()
  })
  .transform((row) => ({
    enabled: row.enabled === 1,
    onlyNew: row.only_new === 1,
    channels: row.channels === null ? null : z.array(z.enum(ALERT_CHANNELS)).parse(JSON.parse(row.channels)),
    enteredTop: row.entered_top
  }));

export interface ScheduleAlertRepository {
  /** The schedule's alert config; the defaults when it never had one. */
  get(scheduleId: string): Promise<ScheduleAlertConfig>;
  /** False when there is no such schedule. */
  set(scheduleId: string, config: ScheduleAlertConfigInput, now?: number): Promise<boolean>;
}

/** Alert configs in the `schedule_alerts` table (removed with their schedule). @example createScheduleAlertRepository(store.client) */
export function createScheduleAlertRepository(client: Client): ScheduleAlertRepository {
  return {
    async get(scheduleId) {
      const { rows } = await client.execute({
        sql: 'SELECT enabled, only_new, channels, entered_top FROM schedule_alerts WHERE schedule_id = ?',
        args: [scheduleId]
      });
      return rows[0] ? rowSchema.parse(rows[0]) : DEFAULT_SCHEDULE_ALERTS;
    },
    async set(scheduleId, { enabled, onlyNew, channels, enteredTop = null }, now = Date.now()) {
      const [written] = await client.batch(
        [
          {
            sql: `INSERT INTO schedule_alerts (schedule_id, enabled, only_new, channels, entered_top, updated_at)
                  SELECT ?1, ?2, ?3, ?4, ?6, ?5 WHERE EXISTS (SELECT 1 FROM schedules WHERE id = ?1)
                  ON CONFLICT (schedule_id) DO UPDATE SET enabled = excluded.enabled, only_new = excluded.only_new,
                    channels = excluded.channels, entered_top = excluded.entered_top, updated_at = excluded.updated_at`,
            args: [
              scheduleId,
              enabled ? 1 : 0,
              onlyNew ? 1 : 0,
              channels === null ? null : JSON.stringify(channels as AlertChannel[]),
              now,
              enteredTop
            ]
          }
        ],
        'write'
      );
      return written.rowsAffected === 1;
    }
  };
}
