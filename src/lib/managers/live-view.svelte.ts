import { serverEvents } from '$lib/events/server-events.svelte';
import { showAlert } from '$lib/events/show-alert';
import type { LiveScanView } from '$lib/live/live-schema';
import { liveTable, type LiveTableRow } from '$lib/live/live-rows';
import { getAlertSettings } from '$lib/schedules/schedule-api';
import { getLiveScan, listServerScanners, stopLiveScan } from '$lib/services/live.service';

/** How often the symbols' stream state is refreshed between bar closes. */
const REFRESH_MS = 5_000;

/** One live scan as the live view shows it: the streaming table, its symbols' feeds, the last closed bar. */
export class LiveView {
  scan = $state<LiveScanView | null>(null);
  scannerName = $state('');
  table = $state<LiveTableRow[]>([]);
  lastBarTime = $state<number | null>(null);
  failure = $state<string | null>(null);
  stopping = $state(false);

  /** Loads the scan and follows its `live-scan` events; returns the function that stops following. */
  start(id: string): () => void {
    void this.load(id, true);
    // Read once; a bar that closes before the answer waits for it instead of going unnotified.
    const notify = getAlertSettings().then((answer) => 'data' in answer && answer.data.settings.browser);
    const unsubscribe = serverEvents.subscribe((event) => {
      if (event.type !== 'live-scan' || event.data.liveScanId !== id) return;
      const bar = event.data;
      this.table = liveTable(this.table, bar);
      this.lastBarTime = bar.barTime;
      if (bar.entered.length > 0) {
        void notify.then((on) => {
          if (on)
            void showAlert({
              title: `${this.scannerName || 'Live scan'}: ${bar.entered.length} entered`,
              body: bar.entered.join(', '),
              scheduleId: null
            });
        });
      }
      void this.load(id, false);
    });
    const timer = setInterval(() => void this.load(id, false), REFRESH_MS);
    return () => (unsubscribe(), clearInterval(timer));
  }

  private async load(id: string, first: boolean) {
    const answer = await getLiveScan(id);
    if ('error' in answer) {
      this.failure = answer.error.message;
      return;
    }
    this.scan = answer.data;
    if (first) {
      const rows = answer.data.state?.rows ?? [];
      this.table = liveTable([], { rows, entered: [], exited: [] });
      this.lastBarTime = answer.data.state?.lastBarTime ?? null;
      const scanners = await listServerScanners();
      if ('data' in scanners)
        this.scannerName = scanners.data.scanners.find((s) => s.id === answer.data.scannerId)?.name ?? '';
    }
  }

  async stop() {
    if (!this.scan) return;
    this.stopping = true;
    const answer = await stopLiveScan(this.scan.id);
    this.stopping = false;
    if ('error' in answer) this.failure = answer.error.message;
    else this.scan = answer.data;
  }
}
