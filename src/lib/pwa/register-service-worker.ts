import { Workbox } from 'workbox-window';

export interface ServiceWorkerHandle {
  /** Activates the new version; the page reloads once that version controls it. */
  applyUpdate(): void;
}

/**
 * Registers the app's service worker. `onUpdateReady` is told when a new version is
 * waiting (or another tab already switched to it); the caller decides when to apply
 * it, so an update never reloads the page by itself.
 */
export function registerServiceWorker(onUpdateReady: () => void): ServiceWorkerHandle | null {
  // Some browsers expose the property but no worker (private windows, policies, blocked workers).
  if (!navigator.serviceWorker || import.meta.env.DEV) return null;
  const workbox = new Workbox('/service-worker.js', { type: 'module' });
  let requested = false;
  let switchedElsewhere = false;
  workbox.addEventListener('waiting', onUpdateReady);
  workbox.addEventListener('controlling', (event) => {
    // The first install also takes control (clients.claim), which needs no reload.
    if (requested) window.location.reload();
    else if (event.isUpdate) {
      switchedElsewhere = true;
      onUpdateReady();
    }
  });
  // Without a service worker the app still works online; a failed registration is not an error to show.
  workbox.register().catch(() => undefined);
  return {
    applyUpdate() {
      if (switchedElsewhere) return window.location.reload();
      requested = true;
      workbox.messageSkipWaiting();
    }
  };
}
