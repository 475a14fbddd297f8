import type { ScheduleAlerts } from './alert-schema';

/**
 * What a schedule alerts on, in a few words for the schedules list.
 * @example describeAlerts({ enabled: true, onlyNew: false, channels: null, enteredTop: 20 }) // 'on entering the top 20'
 */
export function describeAlerts(alerts: ScheduleAlerts): string {
  if (!alerts.enabled) return 'off';
  if (alerts.enteredTop !== null) return `on entering the top ${alerts.enteredTop}`;
  return alerts.onlyNew ? 'on new matches' : 'on matches';
}
