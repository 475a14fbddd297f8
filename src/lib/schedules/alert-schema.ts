import { z } from 'zod';
import { enteredTopSchema } from './entered-top';

export const ALERT_CHANNELS = ['telegram', 'webhook', 'browser'] as const;
export type AlertChannel = (typeof ALERT_CHANNELS)[number];

/** The alert channels as the server shows them: the webhook secret only as whether one is set. */
export const alertSettingsSchema = z.object({
  telegram: z.object({ username: z.string() }).nullable(),
  webhook: z.object({ url: z.string(), secretSet: z.boolean() }).nullable(),
  browser: z.boolean(),
  configuredChannels: z.array(z.enum(ALERT_CHANNELS))
});
export type AlertSettings = z.infer<typeof alertSettingsSchema>;
export const alertSettingsEnvelope = z.object({ settings: alertSettingsSchema });

/**
 * One schedule's alerting. `channels: null` means every channel that is set up; `enteredTop: N` alerts
 * only on symbols that entered the scanner's top N since the previous run (null: on matches, `onlyNew` applying).
 */
export const scheduleAlertsSchema = z.object({
  enabled: z.boolean(),
  onlyNew: z.boolean(),
  channels: z.array(z.enum(ALERT_CHANNELS)).nullable(),
  // A server from before top-N alerts leaves it out: off.
  enteredTop: enteredTopSchema.default(null)
});
export type ScheduleAlerts = z.output<typeof scheduleAlertsSchema>;
export const scheduleAlertsEnvelope = z.object({ alerts: scheduleAlertsSchema });
export const DEFAULT_SCHEDULE_ALERTS: ScheduleAlerts = {
  enabled: true,
  onlyNew: false,
  channels: null,
  enteredTop: null
};
