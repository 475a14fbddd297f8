import type { ScanProgress } from '$engine/pool/scan-types';

/**
 * The scan running in this tab, shared with the shell and the dashboard: the shell
 * holds back an app update while `running`, the dashboard shows `progress`.
 * The scan screen keeps it in step with its session, e.g.
 * `$effect(() => scanActivity.track(session.running, session.progress, 'EMA cross · NIFTY 50'))`.
 */
class ScanActivity {
  running = $state(false);
  progress = $state<ScanProgress | null>(null);
  /** What is being scanned, e.g. "EMA cross · NIFTY 50". */
  label = $state<string | null>(null);

  /** Mirrors the scan screen's session in one call. */
  track(running: boolean, progress: ScanProgress | null, label: string | null = null): void {
    this.running = running;
    this.progress = progress;
    this.label = label;
  }
}

export const scanActivity = new ScanActivity();
