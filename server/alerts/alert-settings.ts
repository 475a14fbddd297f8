import { z } from 'zod';
import type { Store } from '../store/index.js';

export const ALERT_CHANNELS = ['telegram', 'webhook', 'browser'] as const;
export type AlertChannel = (typeof ALERT_CHANNELS)[number];

/** The `alerts` setting: where alerts go. Unset parts are channels the user has not set up. */
export const alertSettingsSchema = z.object({
  /** The Telegram username linked to the user's OpenAlgo bot. */
  telegram: z
    .object({ username: z.string().trim().min(1).max(64) })
    .nullable()
    .default(null),
  webhook: z
    .object({
      url: z.url({ protocol: /^https?$/ }),
      /** Signs each body; FLUXSCAN_WEBHOOK_SECRET is used when this is absent. */
      secret: z.string().min(16).max(256).optional()
    })
    .nullable()
    .default(null),
  /** Browser notifications through the event stream. */
  browser: z.boolean().default(true)
});
export type AlertSettings = z.output<typeof alertSettingsSchema>;

export const ALERT_SETTINGS_KEY = 'alerts';
const DEFAULT_SETTINGS: AlertSettings = { telegram: null, webhook: null, browser: true };

/** The alert channels as set up, with the webhook secret resolved from settings or the environment. */
export interface ResolvedAlertSettings extends AlertSettings {
  webhookSecret: string | null;
}

/**
 * Reads the `alerts` setting; a webhook without its own secret uses FLUXSCAN_WEBHOOK_SECRET.
 * @example const settings = await readAlertSettings(store.settings, process.env)
 */
export async function readAlertSettings(
  settings: Store['settings'],
  env: Record<string, string | undefined> = process.env
): Promise<ResolvedAlertSettings> {
  const stored = await settings.get(ALERT_SETTINGS_KEY, alertSettingsSchema, DEFAULT_SETTINGS);
  return { ...stored, webhookSecret: stored.webhook?.secret ?? (env.FLUXSCAN_WEBHOOK_SECRET || null) };
}

/** The channels that are set up and can deliver. */
export function configuredChannels(settings: ResolvedAlertSettings): AlertChannel[] {
  return ALERT_CHANNELS.filter((channel) =>
    channel === 'telegram'
      ? settings.telegram !== null
      : channel === 'webhook'
        ? settings.webhook !== null && settings.webhookSecret !== null
        : settings.browser
  );
}
