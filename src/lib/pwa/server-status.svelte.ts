import { fetchHealth, type ServerHealth } from '$lib/services/health.service';

/** Whether the server last said it serves demo data, remembered so an offline start still says so. */
const DEMO_KEY = 'fluxscan:server:demo';

function rememberedDemo(): boolean {
  try {
    return localStorage.getItem(DEMO_KEY) === 'true';
  } catch {
    return false;
  }
}

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
  /** Whether the data is the built-in simulator's: as the server last said, also while it cannot be asked. */
  demo = $state(typeof localStorage === 'undefined' ? false : rememberedDemo());

  async refresh(): Promise<void> {
    this.loading = true;
    try {
      this.health = await fetchHealth();
      this.error = null;
      this.demo = this.health.openalgo.demo;
      try {
        localStorage.setItem(DEMO_KEY, String(this.demo));
      } catch {
        // Storage may be disabled; the notice then shows only while the server answers.
      }
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    } finally {
      this.checkedAt = Date.now();
      this.loading = false;
    }
  }
}

export const serverStatus = new ServerStatus();
