import type { SymbolDataStatus } from '$lib/candles';
import { industryKey } from '$lib/sectors/symbol-industries';
import { recordRunFinished, recordRunStarted, type RunSubject } from '$lib/services/run-history.service';
import { runWatchlistScan, type WatchlistScanResult } from '$lib/services/scan.service';
import type { ScanProgress, ScanRow, ScanSymbolError } from '$engine/pool/scan-types';
import { endAnnouncement, progressQuarter, quarterAnnouncement } from './scan-announcements';

/** State of the scan on screen: progress, rows as they arrive, data provenance, errors. */
export class ScanSession {
  running = $state(false);
  progress = $state<ScanProgress | null>(null);
  rows = $state<ScanRow[]>([]);
  errors = $state<ScanSymbolError[]>([]);
  dataStatus = $state<SymbolDataStatus[]>([]);
  result = $state<WatchlistScanResult | null>(null);
  failure = $state<string | null>(null);
  /** How many scans this session has started; lets a reader tell one finished run from the next. */
  runs = $state(0);
  /** Industries of the symbols being scanned, by `EXCHANGE:SYMBOL`, for the sector summary. */
  industries = $state.raw<ReadonlyMap<string, string | null>>(new Map());
  /** The run's industry of a row (null when the NSE lists do not give one). */
  readonly industryOf = (row: { symbol: string; exchange: string }): string | null =>
    this.industries.get(industryKey(row)) ?? null;
  /** The saved run's id, once history has it. */
  runId = $state<string | null>(null);
  /** When the current (or last) scan started, epoch ms. */
  startedAt = $state<number | null>(null);
  /** What a screen reader is told: the start, each quarter of progress, the end with its counts. */
  announcement = $state('');
  private announcedQuarter = 0;
  private controller: AbortController | null = null;

  /** Symbols scanned per second so far. */
  readonly rate = $derived(
    this.progress && this.progress.elapsedMs > 0 ? (this.progress.done / this.progress.elapsedMs) * 1000 : 0
  );

  /** Seconds left at the current rate, or null before there is a rate. */
  readonly etaSeconds = $derived(
    this.progress?.total != null && this.rate > 0
      ? Math.max(0, (this.progress.total - this.progress.done) / this.rate)
      : null
  );

  /** Whether the scan is waiting on candles (fetching) or only computing now. */
  readonly phase = $derived(
    !this.running
      ? null
      : this.progress?.total != null && this.dataStatus.length < this.progress.total
        ? 'fetching'
        : 'computing'
  );

  /** Counts of symbols by data state: cached, fetched, refreshed, stale, failed. */
  readonly dataCounts = $derived(
    this.dataStatus.reduce<Record<string, number>>(
      (counts, s) => ({ ...counts, [s.state]: (counts[s.state] ?? 0) + 1 }),
      {}
    )
  );

  /** Clears the previous run's output as soon as a new run is asked for. */
  reset() {
    this.runId = null;
    this.progress = null;
    this.rows = [];
    this.errors = [];
    this.dataStatus = [];
    this.result = null;
    this.failure = null;
  }

  async start(
    request: Omit<Parameters<typeof runWatchlistScan>[0], 'signal' | 'onProgress' | 'onPartial' | 'onDataStatus'>,
    subject: RunSubject
  ) {
    this.controller?.abort();
    this.controller = new AbortController();
    this.runs += 1;
    this.running = true;
    this.reset();
    this.startedAt = Date.now();
    this.industries = new Map(request.symbols.map((s) => [industryKey(s), s.industry]));
    this.announcedQuarter = 0;
    this.announcement = `Scan started: ${request.symbols.length} symbols`;
    try {
      const saved = await recordRunStarted(subject);
      this.runId = saved.id;
      const result = await runWatchlistScan({
        ...request,
        signal: this.controller.signal,
        onProgress: (progress) => this.onProgress(progress),
        onPartial: (rows, errors) => {
          if (rows.length) this.rows = [...this.rows, ...rows];
          if (errors.length) this.errors = [...this.errors, ...errors];
        },
        onDataStatus: (status) => (this.dataStatus = [...this.dataStatus, status])
      });
      await recordRunFinished(saved, result);
      this.result = result;
      this.rows = result.rows;
      this.errors = result.errors;
      if (result.status === 'failed') this.failure = result.message;
      this.announcement = endAnnouncement(result.status, {
        symbols: result.stats.symbols,
        matches: result.rows.length,
        errors: result.errors.length
      });
    } catch (error) {
      this.failure = error instanceof Error ? error.message : String(error);
      this.announcement = `Scan failed: ${this.failure}`;
    } finally {
      this.running = false;
    }
  }

  private onProgress(progress: ScanProgress) {
    this.progress = progress;
    const quarter = progressQuarter(progress);
    // The last quarter is left to the end announcement, which has the final counts.
    if (quarter !== null && quarter > this.announcedQuarter && quarter < 4) {
      this.announcedQuarter = quarter;
      this.announcement = quarterAnnouncement(progress, quarter);
    }
  }

  cancel() {
    this.controller?.abort();
  }
}
