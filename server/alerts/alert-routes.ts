import { Hono } from 'hono';
import type { Store } from '../store/index.js';
import { readJson } from '../http/validation.js';
import { notFound } from '../api/store-errors.js';
import { ALERT_SETTINGS_KEY, alertSettingsSchema, configuredChannels, readAlertSettings } from './alert-settings.js';
import { createScheduleAlertRepository, scheduleAlertConfigSchema } from './schedule-alerts.js';

/** The settings as the browser may see them: whether a webhook secret is set, never the secret. */
async function publicSettings(store: Store) {
  const settings = await readAlertSettings(store.settings);
  const { webhookSecret, ...rest } = settings;
  return {
    ...rest,
    webhook: rest.webhook ? { url: rest.webhook.url, secretSet: webhookSecret !== null } : null,
    configuredChannels: configuredChannels(settings)
  };
}

/**
 * Alert configuration, mounted at `/api/alerts`: `GET|PUT /settings` (channels: Telegram username,
 * webhook URL and secret, browser notifications) and `GET|PUT /schedules/:id` (enabled, onlyNew, channels, enteredTop).
 * @example app.route('/api/alerts', createAlertRoutes(store))
 */
export function createAlertRoutes(store: Store): Hono {
  const schedules = createScheduleAlertRepository(store.client);
  const app = new Hono();
  app.get('/settings', async (c) => c.json({ settings: await publicSettings(store) }));
  app.put('/settings', async (c) => {
    const next = await readJson(c, alertSettingsSchema);
    // The browser never sees the secret, so it cannot send it back: a webhook without one keeps the stored one.
    if (next.webhook && next.webhook.secret === undefined) {
      const stored = (await readAlertSettings(store.settings, {})).webhookSecret;
      if (stored !== null) next.webhook.secret = stored;
    }
    await store.settings.set(ALERT_SETTINGS_KEY, next);
    return c.json({ settings: await publicSettings(store) });
  });
  app.get('/schedules/:id', async (c) => {
    if (!(await store.schedules.get(c.req.param('id')))) throw notFound('schedule', c.req.param('id'));
    return c.json({ alerts: await schedules.get(c.req.param('id')) });
  });
  app.put('/schedules/:id', async (c) => {
    const config = await readJson(c, scheduleAlertConfigSchema);
    if (!(await schedules.set(c.req.param('id'), config))) throw notFound('schedule', c.req.param('id'));
    return c.json({ alerts: config });
  });
  return app;
}
