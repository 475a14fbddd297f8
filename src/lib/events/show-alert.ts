import { goto } from '$app/navigation';
import { alertToasts } from './alert-toasts.svelte';

/**
 * Shows a delivered alert as a system notification when the user allowed them, else as an in-app
 * toast. Some browsers (Chrome on Android) only notify through the service worker's registration.
 * @example await showAlert({ title: 'EMA cross: 2 matches on NIFTY 50', body: 'SBIN BUY', scheduleId })
 */
export async function showAlert(alert: {
  title: string;
  body: string;
  scheduleId: string | null;
}): Promise<'notification' | 'toast'> {
  if (typeof Notification !== 'undefined' && Notification.permission === 'granted') {
    const options = { body: alert.body, tag: `fluxscan-${alert.scheduleId ?? 'alert'}` };
    try {
      const notification = new Notification(alert.title, options);
      notification.onclick = () => {
        window.focus();
        if (alert.scheduleId) void goto(`/schedules/${encodeURIComponent(alert.scheduleId)}`);
      };
      return 'notification';
    } catch {
      const registration = await navigator.serviceWorker?.getRegistration().catch(() => undefined);
      const shown = await registration?.showNotification(alert.title, options).then(
        () => true,
        () => false
      );
      if (shown) return 'notification';
    }
  }
  alertToasts.show(alert);
  return 'toast';
}

/** Asks for permission to notify; true when granted. */
export async function requestNotificationPermission(): Promise<boolean> {
  if (typeof Notification === 'undefined') return false;
  if (Notification.permission === 'granted') return true;
  return (await Notification.requestPermission()) === 'granted';
}
