import { registerServiceWorker, type ServiceWorkerHandle } from './register-service-worker';
import { scanActivity } from './scan-activity.svelte';

/** A new app version waiting to be applied; applied only on the user's click and never during a scan. */
export class AppUpdate {
  ready = $state(false);
  /** A running scan holds the update back: reloading would lose it. */
  readonly blocked = $derived(scanActivity.running);
  private handle: ServiceWorkerHandle | null = null;

  constructor(private readonly register: typeof registerServiceWorker = registerServiceWorker) {}

  /** Registers the service worker; call once, from the shell. */
  start(): void {
    this.handle = this.register(() => (this.ready = true));
  }

  /** Applies the waiting version (the page reloads), unless none waits or a scan runs. */
  apply(): boolean {
    if (!this.ready || this.blocked || !this.handle) return false;
    this.handle.applyUpdate();
    return true;
  }
}
