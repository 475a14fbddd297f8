import type { LIVE_INTERVALS, LiveScanView } from '$lib/live/live-schema';
import type { ServerNamed } from '$lib/schedules/schedule-schema';
import { listLiveScans, listServerScanners, listServerWatchlists, startLiveScan } from '$lib/services/live.service';

/** The Live tab's state: the server's scanners and watchlists to start from, and the live scans. */
export class LiveStart {
  scanners = $state<ServerNamed[]>([]);
  watchlists = $state<ServerNamed[]>([]);
  liveScans = $state<LiveScanView[]>([]);
  scannerId = $state('');
  watchlistId = $state('');
  interval = $state<(typeof LIVE_INTERVALS)[number]>('1m');
  fields = $state<Record<string, string[]>>({});
  failure = $state<string | null>(null);
  loaded = $state(false);
  starting = $state(false);

  /** `preferredScanner`: a scanner name to preselect (from the scan screen's "Run live"). */
  async load(preferredScanner: string | null = null) {
    const [scanners, watchlists, live] = await Promise.all([
      listServerScanners(),
      listServerWatchlists(),
      listLiveScans()
    ]);
    for (const answer of [scanners, watchlists, live]) if ('error' in answer) this.failure = answer.error.message;
    if ('data' in scanners) this.scanners = scanners.data.scanners;
    if ('data' in watchlists) this.watchlists = watchlists.data.watchlists;
    if ('data' in live) this.liveScans = live.data.liveScans.toSorted((a, b) => b.createdAt - a.createdAt);
    this.scannerId ||= this.scanners.find((s) => s.name === preferredScanner)?.id ?? this.scanners[0]?.id ?? '';
    this.watchlistId ||= this.watchlists[0]?.id ?? '';
    this.loaded = true;
  }

  /** Starts the live scan; its id on success. */
  async start(): Promise<string | null> {
    this.starting = true;
    const answer = await startLiveScan({
      scannerId: this.scannerId,
      watchlistId: this.watchlistId,
      interval: this.interval
    });
    this.starting = false;
    if ('error' in answer) {
      this.failure = answer.error.message;
      this.fields = answer.error.fields;
      return null;
    }
    this.failure = null;
    this.fields = {};
    return answer.data.id;
  }
}
