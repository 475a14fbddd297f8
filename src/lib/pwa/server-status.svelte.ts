import { fetchHealth, type ServerHealth } from '$lib/services/health.service';

/**
 * The FluxScan server's health as last seen by this tab: whether it serves demo data
 * and whether OpenAlgo answers. Null health with an error means the server did not answer
 * (offline, or not running); the installed app still works from its caches then.
 */
class ServerStatus {
  health = $state<ServerHealth | null>(null);
  error = $state<string | null>(null);
  checkedAt = $state<number | null>(null);
  loading = $state(false);

  async refresh(): Promise<void> {
    this.loading = true;
    try {
      this.health = await fetchHealth();
      this.error = null;
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    } finally {
      this.checkedAt = Date.now();
      this.loading = false;
    }
  }
}

export const serverStatus = new ServerStatus();
