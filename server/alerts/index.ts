export { createAlertRoutes } from './alert-routes.js';
export {
  ALERT_CHANNELS,
  ALERT_SETTINGS_KEY,
  alertSettingsSchema,
  readAlertSettings,
  type AlertChannel,
  type AlertSettings
} from './alert-settings.js';
export { deliverRunAlerts, type AlertDependencies } from './deliver-run-alerts.js';
export { startPendingAlertRetries } from './retry-pending-alerts.js';
export { createScheduleAlertRepository, DEFAULT_SCHEDULE_ALERTS, type ScheduleAlertConfig } from './schedule-alerts.js';
export { SIGNATURE_HEADER, sendWebhook, signWebhookBody } from './webhook.js';
