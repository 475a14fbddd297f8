import { requestNotificationPermission } from '$lib/events/show-alert';
import type { AlertSettings } from './alert-schema';
import { getAlertSettings, saveAlertSettings, type AlertSettingsInput } from './schedule-api';

/** The alert settings form: where alerts go, kept on the server (the webhook secret is only ever sent, never shown). */
export class AlertSettingsForm {
  telegramUsername = $state('');
  webhookUrl = $state('');
  /** A new secret to set; empty keeps the one the server has. */
  webhookSecret = $state('');
  browser = $state(true);
  /** The settings as the server last answered. */
  current = $state<AlertSettings | null>(null);
  fields = $state<Record<string, string[]>>({});
  failure = $state<string | null>(null);
  /** Why browser notifications will show as in-app toasts instead, if they will. */
  permissionNote = $state<string | null>(null);
  saved = $state(false);
  saving = $state(false);

  async load() {
    const settings = await getAlertSettings();
    if ('error' in settings) {
      this.failure = settings.error.message;
      return;
    }
    this.show(settings.data.settings);
    this.notePermission();
  }

  /** Turning browser alerts on asks the browser for permission to notify. */
  async setBrowser(on: boolean) {
    this.browser = on;
    if (on) await requestNotificationPermission();
    this.notePermission();
  }

  async save() {
    this.saving = true;
    this.saved = false;
    const secret = this.webhookSecret.trim();
    const input: AlertSettingsInput = {
      telegram: this.telegramUsername.trim() ? { username: this.telegramUsername.trim() } : null,
      webhook: this.webhookUrl.trim() ? { url: this.webhookUrl.trim(), ...(secret ? { secret } : {}) } : null,
      browser: this.browser
    };
    const settings = await saveAlertSettings(input);
    this.saving = false;
    if ('error' in settings) {
      this.fields = settings.error.fields;
      this.failure = settings.error.message;
      return;
    }
    this.fields = {};
    this.failure = null;
    this.show(settings.data.settings);
    this.saved = true;
  }

  private show(settings: AlertSettings) {
    this.current = settings;
    this.telegramUsername = settings.telegram?.username ?? '';
    this.webhookUrl = settings.webhook?.url ?? '';
    this.webhookSecret = '';
    this.browser = settings.browser;
  }

  private notePermission() {
    if (!this.browser) this.permissionNote = null;
    else if (typeof Notification === 'undefined')
      this.permissionNote = 'This browser cannot show notifications: alerts show inside the app while it is open.';
    else if (Notification.permission !== 'granted')
      this.permissionNote = 'Notifications are not allowed for this site: alerts show inside the app while it is open.';
    else this.permissionNote = null;
  }
}
