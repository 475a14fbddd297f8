import { onLocalChange } from './outbox';
import { syncNow } from './sync-now';
import { syncStatus } from './sync-status.svelte';

/** A local change is pushed once edits pause for this long. */
const CHANGE_DEBOUNCE_MS = 1500;
/** Pulls other devices' changes while the app is visible. */
const POLL_MS = 60_000;

let stop: (() => void) | null = null;

/**
 * Syncs now, on reconnect, when the app becomes visible, every minute while visible and
 * shortly after each local change. Idempotent; returns the function that stops it.
 * @example onMount(() => startAutoSync())
 */
export function startAutoSync(): () => void {
  if (stop) return stop;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const sync = () => void syncNow();
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(sync, CHANGE_DEBOUNCE_MS);
  };
  const wentOffline = () => (syncStatus.state = 'offline');
  const becameVisible = () => document.visibilityState === 'visible' && sync();
  const poll = setInterval(becameVisible, POLL_MS);
  const stopListening = onLocalChange(soon);
  window.addEventListener('online', sync);
  window.addEventListener('offline', wentOffline);
  document.addEventListener('visibilitychange', becameVisible);
  sync();
  stop = () => {
    clearTimeout(timer);
    clearInterval(poll);
    stopListening();
    window.removeEventListener('online', sync);
    window.removeEventListener('offline', wentOffline);
    document.removeEventListener('visibilitychange', becameVisible);
    stop = null;
  };
  return stop;
}
