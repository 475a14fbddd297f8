import { Workbox } from 'workbox-window';

export interface ServiceWorkerHandle {
  /** Activates a waiting update (reloads the page once it controls it). */
  applyUpdate(): void;
}

/**
 * Registers the app's service worker. `onUpdateReady` is told when a new version
 * is waiting; the caller decides when to apply it (never during a running scan).
 */
export function registerServiceWorker(onUpdateReady: () => void): ServiceWorkerHandle | null {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return null;
  const workbox = new Workbox('/service-worker.js', { type: 'module' });
  workbox.addEventListener('waiting', onUpdateReady);
  workbox.addEventListener('controlling', () => window.location.reload());
  void workbox.register();
  return { applyUpdate: () => workbox.messageSkipWaiting() };
}
